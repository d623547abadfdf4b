using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>A number as a learner wrote it: its exact value and the precision its digits claim.</summary>
/// <remarks>
/// The precision is the count of significant digits written: <c>0.0822</c> has 3, <c>0.08220</c> has 4, <c>8.22e-2</c>
/// has 3. A written zero (<c>0</c>, <c>0.000</c>) has none: it is judged against an absolute tolerance.
/// </remarks>
public sealed record GivenNumber
{
    private GivenNumber(string text, Real value, int significant, int exponent)
    {
        Text = text;
        Value = value;
        SignificantDigits = significant;
        Exponent = exponent;
    }

    /// <summary>Gets the text as written.</summary>
    public string Text { get; }

    /// <summary>Gets the exact value of the text.</summary>
    public Real Value { get; }

    /// <summary>Gets the number of significant digits written; 0 for a written zero.</summary>
    public int SignificantDigits { get; }

    /// <summary>Gets the power of ten of the first significant digit (−2 for 0.0822); 0 for a zero.</summary>
    public int Exponent { get; }

    /// <summary>Gets a value indicating whether the learner wrote zero.</summary>
    public bool IsZero => SignificantDigits == 0;

    /// <summary>Gets one unit in the last written digit: 0.0001 for 0.0822.</summary>
    public Real Unit => Real.Pow(Real.FromFraction(1, 10), SignificantDigits - 1 - Exponent);

    /// <summary>Reads a decimal as written (<c>0.59327</c>, <c>-.5</c>, <c>5.9e-1</c>); null when it is not one.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number, or null.</returns>
    public static GivenNumber? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var e = t.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? t : t[..e];
        var exponent = 0;
        if (e >= 0 && !int.TryParse(t[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return null;
        }

        var digits = mantissa.TrimStart('+', '-');
        if (digits.Length == 0 || digits.Count(c => c == '.') > 1 || !digits.All(c => char.IsAsciiDigit(c) || c == '.') || !digits.Any(char.IsAsciiDigit)
            || mantissa.Length - digits.Length > 1 || Math.Abs(exponent) > 10_000)
        {
            return null;
        }

        if (!Real.TryParse(t, out var value, out _))
        {
            return null;
        }

        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? digits : digits[..dot];
        var all = whole + (dot < 0 ? string.Empty : digits[(dot + 1)..]);
        var first = -1;
        for (var i = 0; i < all.Length && first < 0; i++)
        {
            first = all[i] is >= '1' and <= '9' ? i : -1;
        }

        if (first < 0)
        {
            return new GivenNumber(text, value, 0, 0);
        }

        // The first significant digit's power of ten: its position relative to the point, shifted by the exponent.
        var power = whole.Length - 1 - first + exponent;
        return new GivenNumber(text, value, all.Length - first, power);
    }
}
