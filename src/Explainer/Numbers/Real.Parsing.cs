using System.Globalization;
using System.Numerics;

namespace Explainer.Numbers;

public readonly partial struct Real
{
    /// <summary>Parses a decimal (<c>0.15</c>, <c>-2.5</c>, <c>1e-3</c>, <c>2.5E+2</c>) or a fraction (<c>3/7</c>) exactly, never through binary floating point.</summary>
    /// <exception cref="FormatException">The text is not a number; the message says where and why.</exception>
    /// <exception cref="RealLimitException">The exponent is beyond <see cref="RealLimits.MaxDecimalExponent"/>, or the digits are more than <see cref="RealLimits.MaxLiteralDigits"/>.</exception>
    /// <exception cref="DivideByZeroException">A fraction has a zero denominator.</exception>
    public static Real Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseDecimal(trimmed, 0);
        }

        var num = ParseDecimal(trimmed[..slash].TrimEnd(), 0);
        var den = ParseDecimal(trimmed[(slash + 1)..].TrimStart(), slash + 1);
        if (den.IsZero)
        {
            throw new DivideByZeroException($"'{trimmed}' divides by zero");
        }

        return Normalize(num.Num * den.Den, num.Den * den.Num);
    }

    /// <summary>Parses like <see cref="Parse(string)"/>, returning false and a message instead of throwing.</summary>
    public static bool TryParse(string text, out Real value, out string? error)
    {
        try
        {
            value = Parse(text);
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or RealLimitException or DivideByZeroException)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }

    private static Real Normalize(BigInteger num, BigInteger den)
        => den.Sign < 0 ? ExactUncapped(-num, -den) : ExactUncapped(num, den);

    /// <summary>Parses <c>[+-]digits[.digits][(e|E)[+-]digits]</c>; <paramref name="offset"/> places errors in the original text.</summary>
    private static Real ParseDecimal(string s, int offset)
    {
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        var intStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var intDigits = s.AsSpan(intStart, i - intStart);
        var fracDigits = ReadOnlySpan<char>.Empty;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var fracStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            fracDigits = s.AsSpan(fracStart, i - fracStart);
        }

        if (intDigits.Length == 0 && fracDigits.Length == 0)
        {
            throw Bad(s, offset + i, "expected digits");
        }

        long exponent = 0;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            var expNegative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                expNegative = s[i] == '-';
                i++;
            }

            var expStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == expStart)
            {
                throw Bad(s, offset + i, "expected the exponent's digits after 'e'");
            }

            var expText = s[expStart..i].TrimStart('0');
            if (expText.Length > 9)
            {
                throw ExponentTooLarge(s);
            }

            exponent = expText.Length == 0 ? 0 : long.Parse(expText, CultureInfo.InvariantCulture);
            if (expNegative)
            {
                exponent = -exponent;
            }
        }

        if (i < s.Length)
        {
            throw Bad(s, offset + i, $"unexpected '{s[i]}'");
        }

        if (intDigits.Length + fracDigits.Length > RealLimits.MaxLiteralDigits)
        {
            throw new RealLimitException(
                $"'{Preview(s)}' has {intDigits.Length + fracDigits.Length} digits; number literals are limited to {RealLimits.MaxLiteralDigits} digits");
        }

        var scale = fracDigits.Length - exponent;
        if (Math.Abs(exponent) > RealLimits.MaxDecimalExponent || Math.Abs(scale) > RealLimits.MaxDecimalExponent + 100_000)
        {
            throw ExponentTooLarge(s);
        }

        var digits = intDigits.Length + fracDigits.Length <= 18
            ? new BigInteger(SmallDigits(intDigits, fracDigits))
            : BigInteger.Parse(string.Concat(intDigits, fracDigits).AsSpan(), NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative)
        {
            digits = -digits;
        }

        return scale >= 0
            ? ExactUncapped(digits, DecimalText.Pow10((int)scale))
            : ExactUncapped(digits * DecimalText.Pow10((int)-scale), BigInteger.One);
    }

    /// <summary>The value of at most 18 decimal digits, read without allocating.</summary>
    private static long SmallDigits(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        long value = 0;
        foreach (var c in first)
        {
            value = (value * 10) + (c - '0');
        }

        foreach (var c in second)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>The start and end of a long text, for a message.</summary>
    private static string Preview(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 20), "…", s.AsSpan(s.Length - 10));

    private static FormatException Bad(string s, int position, string what)
        => new($"'{s}' is not a number: {what} at position {position + 1}");

    private static RealLimitException ExponentTooLarge(string s)
        => new($"'{s}': decimal exponents are limited to ±{RealLimits.MaxDecimalExponent}");
}
