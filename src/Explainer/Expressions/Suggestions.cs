namespace Explainer.Expressions;

/// <summary>Finds the known name a misspelt one was probably meant to be.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary>Returns the closest candidate within edit distance 2 (and at most half the candidate's length), or null.</summary>
    /// <remarks>
    /// The distance counts insertions, deletions, substitutions and swaps of adjacent letters, ignoring case.
    /// The half-length cap stops short names from matching anything: "f" does not suggest "ln". Ties go to
    /// the earlier candidate.
    /// </remarks>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word, candidate);
            if (distance <= MaxDistance && distance <= candidate.Length / 2 && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal-string-alignment distance between two words, ignoring case.</summary>
    internal static int Distance(string a, string b)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = SameLetter(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && SameLetter(a[i - 1], b[j - 2]) && SameLetter(a[i - 2], b[j - 1]))
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[a.Length, b.Length];
    }

    private static bool SameLetter(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
