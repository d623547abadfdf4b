using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>Checks a printed value against the exact one at the printed precision and names the likely slip.</summary>
public static class ClaimChecker
{
    /// <summary>Checks <paramref name="claim"/> against <paramref name="value"/>.</summary>
    /// <remarks>
    /// The printed text sets the precision: its number of decimals. The value is rounded half-even to that many
    /// decimals (every digit proven); the claim matches when the texts are equal as numbers.
    /// </remarks>
    public static ClaimCheck Check(Claim claim, Real value)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var printed = claim.Printed.Trim();
        var decimals = Decimals(printed);
        var expected = value.FormatFixed(decimals).Text;
        if (SameNumber(printed, expected))
        {
            return new ClaimCheck(claim, value, expected, ClaimStatus.Matches, SlipKind.None, string.Empty);
        }

        var (slip, corrected, why) = Diagnose(printed, value, expected, decimals);
        return new ClaimCheck(claim, value, corrected, ClaimStatus.Differs, slip, why);
    }

    private static (SlipKind Slip, string Corrected, string Why) Diagnose(string printed, Real value, string expected, int decimals)
    {
        var exact = value.Format(12).Text;
        if (!printed.Contains('.', StringComparison.Ordinal))
        {
            for (var i = 1; i < printed.Length; i++)
            {
                var candidate = printed[..i] + "." + printed[i..];
                if (Matches(candidate, value))
                {
                    return (SlipKind.LostDecimalPoint, Rounded(candidate, value), $"the decimal point is lost: {printed} should read {Rounded(candidate, value)} (exact value {exact})");
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
                    return (SlipKind.DoubledDigit, Rounded(candidate, value), $"the digit {printed[i]} is doubled: {printed} should read {Rounded(candidate, value)} (exact value {exact})");
                }
            }
        }

        var longer = value.FormatFixed(decimals + 1).Text;
        for (var i = 0; i < longer.Length; i++)
        {
            if (char.IsAsciiDigit(longer[i]) && longer.Remove(i, 1) == printed)
            {
                return (SlipKind.DroppedDigit, longer, $"a digit is dropped: {printed} should read {longer} (exact value {exact})");
            }
        }

        for (var i = 0; i + 1 < printed.Length; i++)
        {
            var swapped = printed[..i] + printed[i + 1] + printed[i] + printed[(i + 2)..];
            if (swapped != printed && SameNumber(swapped, expected))
            {
                return (SlipKind.TransposedDigits, expected, $"two digits are swapped: {printed} should read {expected}");
            }
        }

        if (Real.TryParse(printed, out var p, out _))
        {
            if (SameNumber((-p).FormatFixed(decimals).Text, expected))
            {
                return (SlipKind.Sign, expected, $"the sign is wrong: {printed} should read {expected}");
            }

            var unit = Real.Pow(Real.FromFraction(1, 10), decimals);
            var diff = p - Real.Parse(expected);
            if (Truncate(value, decimals) == p)
            {
                return (SlipKind.Truncated, expected, $"the value is cut off, not rounded: {printed} should read {expected} (exact value {exact})");
            }

            if (diff == unit || diff == -unit)
            {
                return (SlipKind.RoundedEarly, expected, $"the last digit is off by one, as when rounded intermediates are reused: {printed} should read {expected} (exact value {exact})");
            }
        }

        for (var i = 0; i < printed.Length; i++)
        {
            foreach (var replacement in Replacements)
            {
                var candidate = printed[..i] + replacement + printed[(i + 1)..];
                if (candidate != printed && Matches(candidate, value))
                {
                    return (SlipKind.Garbled, Rounded(candidate, value), $"the text is garbled: {printed} should read {Rounded(candidate, value)} (exact value {exact})");
                }
            }
        }

        return (SlipKind.Unexplained, expected, $"{printed} should read {expected} (exact value {exact})");
    }

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

    private static int Decimals(string printed)
    {
        var e = printed.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? printed : printed[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : mantissa.Length - dot - 1;
    }

    private static bool SameNumber(string a, string b)
        => Real.TryParse(a, out var x, out _) && Real.TryParse(b, out var y, out _) && x == y;
}
