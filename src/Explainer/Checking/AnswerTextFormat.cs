namespace Explainer.Checking;

/// <summary>Reads the text form of an answers file: one <c>name = number</c> a line, <c>#</c> comments, blank lines.</summary>
internal static class AnswerTextFormat
{
    private static readonly char[] Separators = [' ', '\t', ':', '≈'];

    public static void Read(string text, LineMap lines, AnswerErrors errors, List<RawAnswer> answers, string example)
    {
        var starts = lines.Starts;
        for (var l = 0; l < starts.Count; l++)
        {
            var start = starts[l];
            var end = l + 1 < starts.Count ? starts[l + 1] : text.Length;
            var line = text[start..end].TrimEnd('\r', '\n');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var first = start + (line.Length - line.TrimStart().Length);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                errors.Add(first, "no '=' on this line; " + Hint(line.Trim(), example));
                continue;
            }

            var name = line[..equals].Trim();
            var rest = line[(equals + 1)..];
            var value = rest.Trim();
            var valueOffset = start + equals + 1 + (rest.Length - rest.TrimStart().Length);
            if (name.Length == 0)
            {
                errors.Add(start + equals, $"no name before '='; write NAME = NUMBER, e.g. {example} = 0.25");
            }
            else if (value.Length == 0)
            {
                errors.Add(start + equals + 1, $"no number after '='; write the value you computed, e.g. {name} = 0.25");
            }
            else if (value[0] == '=')
            {
                errors.Add(valueOffset, $"write one '=' between the name and the number: {name} = {value.TrimStart('=').Trim()}");
            }
            else
            {
                answers.Add(new RawAnswer(name, first, value, valueOffset));
            }
        }
    }

    /// <summary>Says how to write a line without '=': with its own name and number when the line has both, e.g. "out_h1: 0.5".</summary>
    private static string Hint(string line, string example)
    {
        for (var i = line.LastIndexOfAny(Separators); i > 0; i = line.LastIndexOfAny(Separators, i - 1))
        {
            var right = line[(i + 1)..].Trim();
            var left = line[..i].Trim().TrimEnd(':', '≈').Trim();
            if (left.Length > 0 && right.Length > 0 && AnswerNumbers.Problem(right) is null)
            {
                return $"write {left} = {right}";
            }
        }

        return $"write NAME = NUMBER, one answer a line, e.g. {example} = 0.25";
    }
}
