using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Worked.Tests.Support;

/// <summary>A canonical text for "n significant digits and an exponent", <c>±d.ddd…e±N</c>, so the engine's display and a reference row compare as strings.</summary>
internal static class Digits
{
    /// <summary>The value rounded by the engine to <paramref name="digits"/> significant digits; <c>0</c> for exact zero.</summary>
    public static string Of(Real value, int digits)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var display = value.Format(digits);
        return display.IsDecided ? Canonical(display.Text, digits) : $"undecided {display.Text}";
    }

    /// <summary>Rewrites a positional or scientific decimal (<c>0.3775</c>, <c>-2.5e-1800</c>) with exactly <paramref name="digits"/> significant digits, padding with zeros.</summary>
    public static string Canonical(string text, int digits)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var e = body.IndexOfAny(['e', 'E']);
        var exponent = e < 0 ? 0 : int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? body : body[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot < 0 ? mantissa.Length : dot;
        var all = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var significant = all[leadingZeros..].TrimEnd('0');
        if (significant.Length == 0)
        {
            return "0";
        }

        significant = significant.PadRight(digits, '0');
        return Layout(negative, significant, integerLength - 1 - leadingZeros + exponent);
    }

    /// <summary>A reference row's value: mantissa digits d₁d₂… (with an optional sign) meaning ±d₁.d₂… × 10^exponent; all zeros is zero.</summary>
    public static string OfReference(string mantissa, int exponent)
    {
        var negative = mantissa.StartsWith('-');
        var digits = negative ? mantissa[1..] : mantissa;
        return digits.All(c => c == '0') ? "0" : Layout(negative, digits, exponent);
    }

    /// <summary>log₁₀|x| of a canonical text, for comparing values far outside double's range.</summary>
    public static double Log10(string canonical)
    {
        var e = canonical.IndexOf('e', StringComparison.Ordinal);
        var mantissa = double.Parse(canonical[..e].TrimStart('-'), CultureInfo.InvariantCulture);
        return Math.Log10(mantissa) + int.Parse(canonical[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static string Layout(bool negative, string digits, int exponent)
        => string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : string.Empty)}{digits[0]}.{digits[1..]}e{exponent}");
}
