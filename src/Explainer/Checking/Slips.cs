using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Checking;

/// <summary>The slips of writing a number down (a lost decimal point, a shifted point, a doubled, dropped or swapped digit, a cut-off value, a flipped sign), found by trying each on the text: shared by the claim checker and the answer marker.</summary>
internal static class Slips
{
    /// <summary>Finds the slip that turns the exact value, rounded to the printed number of decimals, into the printed text.</summary>
    /// <param name="printed">The text as printed or typed.</param>
    /// <param name="value">The exact value.</param>
    /// <returns>The slip (<see cref="SlipKind.Unexplained"/> when none fits), the corrected text, and why, as a message (<c>slip.KIND</c> with <c>printed</c>, <c>corrected</c> and, but for a swap or a sign, <c>exact</c>: the value to 12 digits).</returns>
    public static (SlipKind Slip, string Corrected, Message Why) Find(string printed, Real value)
    {
        printed = printed.Trim();
        var decimals = Decimals(printed);
        var expected = value.FormatFixed(decimals).Text;
        var exact = value.Format(12).Text;
        if (!printed.Contains('.', StringComparison.Ordinal))
        {
            // The point lost with its leading 0 (0.593 written 593), or the point alone (0.741 written 0741).
            var unsigned = printed.TrimStart('-');
            var sign = printed[..(printed.Length - unsigned.Length)];
            var candidates = new List<string> { sign + "0." + unsigned };
            candidates.AddRange(Enumerable.Range(1, Math.Max(0, printed.Length - 1)).Select(i => printed[..i] + "." + printed[i..]));
            foreach (var candidate in candidates)
            {
                if (Matches(candidate, value))
                {
                    return (SlipKind.LostDecimalPoint, Rounded(candidate, value), Why("lost_point", printed, Rounded(candidate, value), exact));
                }
            }
        }

        if (Real.TryParse(printed, out var given, out _) && !given.IsZero)
        {
            for (var k = -3; k <= 3; k++)
            {
                var places = decimals - k;
                if (k == 0 || places < 0)
                {
                    continue;
                }

                var shown = value.FormatFixed(places).Text;
                if (Real.TryParse(shown, out var rounded, out _) && given * Real.Pow(10, k) == rounded)
                {
                    return (SlipKind.ShiftedPoint, shown, Message.Of(k > 0 ? "slip.shifted_left" : "slip.shifted_right", ("places", Math.Abs(k)), ("printed", printed), ("corrected", shown), ("exact", exact)));
                }
            }
        }

        for (var i = 0; i + 1 < printed.Length; i++)
        {
            if (char.IsAsciiDigit(printed[i]) && printed[i] == printed[i + 1])
            {
                var candidate = printed.Remove(i, 1);
                if (Matches(candidate, value))
                {
                    return (SlipKind.DoubledDigit, Rounded(candidate, value), Message.Of("slip.doubled", ("digit", printed[i].ToString()), ("printed", printed), ("corrected", Rounded(candidate, value)), ("exact", exact)));
                }
            }
        }

        var longer = value.FormatFixed(decimals + 1).Text;
        for (var i = 0; i < longer.Length; i++)
        {
            if (char.IsAsciiDigit(longer[i]) && longer.Remove(i, 1) == printed)
            {
                return (SlipKind.DroppedDigit, longer, Why("dropped", printed, longer, exact));
            }
        }

        for (var i = 0; i + 1 < printed.Length; i++)
        {
            var swapped = printed[..i] + printed[i + 1] + printed[i] + printed[(i + 2)..];
            if (swapped != printed && SameNumber(swapped, expected))
            {
                return (SlipKind.TransposedDigits, expected, Why("swapped", printed, expected, null));
            }
        }

        if (Real.TryParse(printed, out var p, out _))
        {
            if (SameNumber((-p).FormatFixed(decimals).Text, expected))
            {
                return (SlipKind.Sign, expected, Why("sign", printed, expected, null));
            }

            var unit = Real.Pow(Real.FromFraction(1, 10), decimals);
            var diff = p - Real.Parse(expected);
            if (Truncate(value, decimals) == p)
            {
                return (SlipKind.Truncated, expected, Why("truncated", printed, expected, exact));
            }

            if (diff == unit || diff == -unit)
            {
                return (SlipKind.RoundedEarly, expected, Why("rounded_early", printed, expected, exact));
            }
        }

        for (var i = 0; i < printed.Length; i++)
        {
            foreach (var replacement in Replacements)
            {
                var candidate = printed[..i] + replacement + printed[(i + 1)..];
                if (candidate != printed && Matches(candidate, value))
                {
                    return (SlipKind.Garbled, Rounded(candidate, value), Why("garbled", printed, Rounded(candidate, value), exact));
                }
            }
        }

        return (SlipKind.Unexplained, expected, Why("unexplained", printed, expected, exact));
    }

    /// <summary>The message <c>slip.KIND</c>: the printed text, what it should read and, when given, the exact value.</summary>
    private static Message Why(string kind, string printed, string corrected, string? exact) => exact is null
        ? Message.Of("slip." + kind, ("printed", printed), ("corrected", corrected))
        : Message.Of("slip." + kind, ("printed", printed), ("corrected", corrected), ("exact", exact));

    private static readonly string[] Replacements = ["0.", ".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static bool Matches(string candidate, Real value)
        => Real.TryParse(candidate, out _, out _) && SameNumber(candidate, value.FormatFixed(Decimals(candidate)).Text);

    private static string Rounded(string candidate, Real value) => value.FormatFixed(Decimals(candidate)).Text;

    private static Real Truncate(Real value, int decimals)
    {
        var scale = Real.Pow(10, decimals);
        var text = (value * scale).FormatFixed(decimals + 4).Text;
        var integer = text[..text.IndexOf('.', StringComparison.Ordinal)];
        return Real.Parse(integer) / scale;
    }

    internal static int Decimals(string printed)
    {
        var e = printed.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? printed : printed[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : mantissa.Length - dot - 1;
    }

    internal static bool SameNumber(string a, string b)
        => Real.TryParse(a, out var x, out _) && Real.TryParse(b, out var y, out _) && x == y;
}
