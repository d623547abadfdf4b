using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>Decides whether a learner's number is a plain decimal, and says how to write it when it is not.</summary>
/// <remarks>
/// Accepted: an optional sign, digits with an optional decimal point (<c>0.59327</c>, <c>.5</c>, <c>5.</c>) and an optional
/// exponent (<c>5.9e-1</c>, <c>1E-3</c>). The text is kept as written and later read exactly by <see cref="Real.Parse"/>.
/// Everything else is refused with a fix: a decimal comma, thousands separators, a fraction, a unit or '%', nan or infinity,
/// a Unicode minus, words.
/// </remarks>
internal static partial class AnswerNumbers
{
    private const string Example = "e.g. 0.25";

    private static readonly string[] NotFinite = ["nan", "inf", "infinity", "∞", ".nan", ".inf"];

    /// <summary>Returns null when <paramref name="text"/> (trimmed, not empty) is a plain decimal; otherwise what is wrong and how to write it.</summary>
    public static string? Problem(string text)
    {
        if (text.Length > AnswerLimits.MaxNumberLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the number has {text.Length:N0} characters; the limit is {AnswerLimits.MaxNumberLength}");
        }

        if (Decimal().IsMatch(text))
        {
            return Real.TryParse(text, out _, out var error) ? null : error;
        }

        var unsigned = text.TrimStart('+', '-');
        if (NotFinite.Contains(unsigned.ToLowerInvariant()) || NotFinite.Contains(unsigned.TrimStart('.').ToLowerInvariant()))
        {
            return $"'{text}' is not a value anyone computes by hand; write the decimal you computed, {Example}";
        }

        if (HexLike().IsMatch(text))
        {
            return $"'{text}' is not a decimal number; write the decimal you computed, {Example}";
        }

        if (text[0] is '−' or '–' or '—' && Decimal().IsMatch(text[1..]))
        {
            return $"write -{text[1..]}: the minus sign as '-' (a hyphen-minus), not '{text[0]}'";
        }

        return Comma(text) ?? Grouped(text) ?? Fraction(text) ?? Percent(text) ?? Unit(text) ?? Prefix(text)
            ?? $"'{text}' is not a number; write the decimal you computed, {Example}";
    }

    private static string? Comma(string text)
    {
        if (!text.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal);
        var parts = text.Split(',');
        if (text.Contains('.', StringComparison.Ordinal) || parts.Length > 2)
        {
            return Decimal().IsMatch(plain) && parts.Skip(1).All(p => p.Length >= 3 && char.IsAsciiDigit(p[0]))
                ? $"write {plain}: no thousands separators"
                : null;
        }

        var whole = parts[0];
        var asPoint = whole + "." + parts[1];
        if (!Decimal().IsMatch(asPoint))
        {
            return null;
        }

        return parts[1].Length == 3 && whole.TrimStart('+', '-').TrimStart('0').Length > 0 && !parts[1].Contains('e', StringComparison.OrdinalIgnoreCase)
            ? $"'{text}' has a comma: write {asPoint} if it is a decimal comma, or {plain} without the thousands separator"
            : $"write {asPoint}: a decimal point, not a comma";
    }

    private static string? Grouped(string text)
    {
        var match = GroupedDigits().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var plain = string.Concat(text.Where(c => !IsGroupSeparator(c)));
        return Decimal().IsMatch(plain) ? $"write {plain}: no thousands separators" : null;
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '_' or '\'' or '\u00A0' or '\u202F' or '\u2009';

    private static string? Fraction(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        var top = text[..slash].Trim();
        var bottom = text[(slash + 1)..].Trim();
        if (!Decimal().IsMatch(top) || !Decimal().IsMatch(bottom))
        {
            return $"'{text}' is not a number; write the decimal you computed, {Example}";
        }

        if (!Real.TryParse(top + "/" + bottom, out var value, out _))
        {
            return $"'{text}' divides by zero; write the decimal you computed, {Example}";
        }

        var exact = value.ToString();
        var shown = exact.Contains('/', StringComparison.Ordinal) ? $"≈ {value.Format(7).Text}" : $"= {exact}";
        return $"'{text}' is a fraction; write the decimal you computed ({top}/{bottom} {shown})";
    }

    private static string? Percent(string text)
    {
        var number = text.TrimEnd('%').TrimEnd();
        if (!text.EndsWith('%') || !Decimal().IsMatch(number) || !Real.TryParse(number, out var value, out _))
        {
            return null;
        }

        return $"write the number without '%': {text} is {value / Real.FromInteger(100)}";
    }

    private static string? Unit(string text)
    {
        var match = TrailingUnit().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var unit = match.Groups["unit"].Value;
        return unit is "e" or "E"
            ? $"'{text}' is not a number: the exponent's digits are missing after '{unit}', e.g. 1e-3"
            : $"write {number} without '{unit}': a number only, no unit";
    }

    private static string? Prefix(string text)
    {
        var match = LeadingWords().Match(text);
        return match.Success ? $"write only the number: {match.Groups["number"].Value}, without '{match.Groups["words"].Value}'" : null;
    }

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[+-]?0[xXbBoO][0-9A-Fa-f_]+$")]
    private static partial Regex HexLike();

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(?:[ _'\u00A0\u202F\u2009][0-9]{3})+(?:\.[0-9]*)?$")]
    private static partial Regex GroupedDigits();

    [GeneratedRegex(@"^(?<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*(?<unit>[\p{L}°µ][\p{L}0-9°µ/]*\.?|%)$")]
    private static partial Regex TrailingUnit();

    [GeneratedRegex(@"^(?<words>[^0-9.+\-].*?)\s*(?<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$")]
    private static partial Regex LeadingWords();
}
