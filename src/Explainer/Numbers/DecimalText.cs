using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>Correct decimal rounding of rationals and the text layout of decimal digits.</summary>
[SkipLocalsInit]
internal static class DecimalText
{
    /// <summary>Every power of ten up to this one is kept (as an integer, as limbs and as a bound); larger ones by use.</summary>
    public const int MaxCachedPower = 4096;

    /// <summary>How many powers of ten above <see cref="MaxCachedPower"/> are kept, the most recently made.</summary>
    /// <remarks>A trace's values at one precision need only a few (10^k for k = digits − 1 − E, E their decimal exponents).</remarks>
    private const int LargePowers = 16;

    /// <summary>The largest power of ten ever written out: a literal's exponent and scale with every displayable digit.</summary>
    public const int MaxPower = (2 * RealLimits.MaxDecimalExponent) + RealLimits.MaxDigits + 20_000;

    private const double Log2Of5 = 2.3219280948873623;

    private static readonly Lock PowersLock = new();
    private static BigInteger[] _powers = [BigInteger.One];
    private static ulong[]?[] _limbPowers = new ulong[]?[MaxCachedPower + 1];
    private static Mag[]? _magPowers;
    private static readonly LargePower?[] _largePowers = new LargePower?[LargePowers];
    private static int _nextLargePower;

    /// <summary>10^k as 64-bit limbs, for 0 ≤ k ≤ <see cref="MaxPower"/>; cached.</summary>
    /// <exception cref="RealLimitException">k is beyond <see cref="MaxPower"/>.</exception>
    public static ulong[] Pow10Limbs(int k)
    {
        if (k > MaxCachedPower)
        {
            return Large(k).Limbs;
        }

        var cached = Volatile.Read(ref _limbPowers[k]);
        if (cached is not null)
        {
            return cached;
        }

        var value = Pow10(k);
        var limbs = new ulong[Limbs.For((long)value.GetBitLength())];
        Limbs.FromBigInteger(value, limbs);
        Volatile.Write(ref _limbPowers[k], limbs);
        return limbs;
    }

    /// <summary>An upper bound of 10^k, for 0 ≤ k ≤ <see cref="MaxPower"/>.</summary>
    /// <exception cref="RealLimitException">k is beyond <see cref="MaxPower"/>.</exception>
    public static Mag Pow10Mag(int k)
    {
        if (k > MaxCachedPower)
        {
            return Large(k).Mag;
        }

        var table = Volatile.Read(ref _magPowers);
        if (table is null)
        {
            table = new Mag[MaxCachedPower + 1];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = Mag.UpperBound(Pow10(i), 0);
            }

            Volatile.Write(ref _magPowers, table);
        }

        return table[k];
    }

    /// <summary>10^k for 0 ≤ k ≤ <see cref="MaxPower"/>, cached (see <see cref="MaxCachedPower"/>).</summary>
    /// <exception cref="RealLimitException">k is beyond <see cref="MaxPower"/> (a decimal that long is refused, not written).</exception>
    public static BigInteger Pow10(int k)
    {
        var powers = _powers;
        if (k < powers.Length)
        {
            return powers[k];
        }

        if (k > MaxCachedPower)
        {
            return Large(k).Value;
        }

        lock (PowersLock)
        {
            powers = _powers;
            if (k >= powers.Length)
            {
                var grown = new BigInteger[Math.Max(k + 1, powers.Length * 2)];
                Array.Copy(powers, grown, powers.Length);
                for (var i = powers.Length; i < grown.Length; i++)
                {
                    grown[i] = grown[i - 1] * 10;
                }

                _powers = powers = grown;
            }
        }

        return powers[k];
    }

    /// <summary>10^k for k above <see cref="MaxCachedPower"/>, from the recently used ones or made and kept in place of the oldest.</summary>
    private static LargePower Large(int k)
    {
        var table = _largePowers;
        for (var i = 0; i < table.Length; i++)
        {
            var entry = Volatile.Read(ref table[i]);
            if (entry is not null && entry.K == k)
            {
                return entry;
            }
        }

        if (k > MaxPower)
        {
            throw RealLimitException.TooManyDigits("a decimal scaling", k);
        }

        var made = new LargePower(k);
        lock (PowersLock)
        {
            Volatile.Write(ref table[_nextLargePower], made);
            _nextLargePower = (_nextLargePower + 1) % table.Length;
        }

        return made;
    }

    /// <summary>round(num / den) with ties to even; <paramref name="den"/> &gt; 0.</summary>
    public static BigInteger RoundHalfEven(BigInteger num, BigInteger den, out bool exact)
    {
        if (den.IsPowerOfTwo)
        {
            return RoundHalfEvenShift(num, (int)(den.GetBitLength() - 1), out exact);
        }

        var q = BigInteger.DivRem(num, den, out var r);
        if (r.Sign < 0)
        {
            q -= 1;
            r += den;
        }

        exact = r.IsZero;
        var c = (r << 1).CompareTo(den);
        return c > 0 || (c == 0 && !q.IsEven) ? q + 1 : q;
    }

    /// <summary>round(num / 2^shift) with ties to even, by shifting.</summary>
    private static BigInteger RoundHalfEvenShift(BigInteger num, int shift, out bool exact)
    {
        if (shift == 0)
        {
            exact = true;
            return num;
        }

        var q = num >> shift;
        var r = num - (q << shift);
        exact = r.IsZero;
        var half = BigInteger.One << (shift - 1);
        var c = r.CompareTo(half);
        return c > 0 || (c == 0 && !q.IsEven) ? q + 1 : q;
    }

    /// <summary>round(num/den · 10^k) with ties to even.</summary>
    public static BigInteger RoundScaled(BigInteger num, BigInteger den, int k, out bool exact)
        => k >= 0 ? RoundHalfEven(num * Pow10(k), den, out exact) : RoundHalfEven(num, den * Pow10(-k), out exact);

    /// <summary>An estimate of floor(log10(num/den)) for positive num/den, off by at most one.</summary>
    public static int EstimateExponent(BigInteger num, BigInteger den) => (int)Math.Floor(Log10(num) - Log10(den));

    /// <summary>Rounds a positive num/den to <paramref name="digits"/> significant digits: the digits and the exponent of the first.</summary>
    /// <remarks>
    /// The result is the value rounded half-even at the scale of its own decade, 10^E ≤ num/den &lt; 10^(E+1), with a carry
    /// to 10^(E+1) written as 10…0 one place higher. The estimated exponent may be one off either way; the rounded digits
    /// show which: more than <paramref name="digits"/> digits means the decade is higher, fewer means lower, and exactly
    /// 10…0 is ambiguous (the value may lie just below 10^e, where it must be rounded at the finer scale of the decade
    /// below: 0.99949 is 0.999 at three digits, not the 1.00 that rounding at the scale of [1, 10) gives).
    /// </remarks>
    public static (BigInteger Digits, int Exponent) RoundSignificant(BigInteger num, BigInteger den, int digits)
    {
        var e = EstimateExponent(num, den);
        var low = Pow10(digits - 1);
        var high = Pow10(digits);
        while (true)
        {
            var r = RoundScaled(num, den, digits - 1 - e, out _);
            if (r >= high)
            {
                // num/den ≥ 10^(e+1) − ½ unit: the rounding at the next decade's scale is at least 10…0.
                e++;
            }
            else if (r < low)
            {
                // num/den < 10^e − ½ unit: the decade is lower, and the rounding at its scale stays below 10^digits.
                e--;
            }
            else if (r == low)
            {
                // num/den is within half a unit of 10^e: below 10^e its own (finer) scale decides; a carry there gives 10…0 back.
                var finer = RoundScaled(num, den, digits - e, out _);
                return finer < high ? (finer, e - 1) : (r, e);
            }
            else
            {
                return (r, e);
            }
        }
    }

    /// <summary>Lays out digits d₁d₂… with d₁ at 10^exponent, positional when short enough, else scientific.</summary>
    /// <param name="negative">Whether to print a minus sign.</param>
    /// <param name="digits">The significant digits, no leading zeros.</param>
    /// <param name="exponent">The power of ten of the first digit.</param>
    /// <param name="allowPadding">Whether trailing zeros may be added before the point (only for exact values).</param>
    public static string Layout(bool negative, string digits, int exponent, bool allowPadding)
        => Layout(negative, digits.AsSpan(), (long)exponent, allowPadding);

    /// <summary>Lays out digits d₁d₂… with d₁ at 10^exponent, positional when short enough, else scientific.</summary>
    /// <param name="negative">Whether to print a minus sign.</param>
    /// <param name="digits">The significant digits, no leading zeros.</param>
    /// <param name="exponent">The power of ten of the first digit.</param>
    /// <param name="allowPadding">Whether trailing zeros may be added before the point (only for exact values).</param>
    public static string Layout(bool negative, ReadOnlySpan<char> digits, int exponent, bool allowPadding)
        => Layout(negative, digits, (long)exponent, allowPadding);

    /// <summary>Lays out digits d₁d₂… with d₁ at 10^exponent, positional when short enough, else scientific.</summary>
    /// <param name="negative">Whether to print a minus sign.</param>
    /// <param name="digits">The significant digits, no leading zeros.</param>
    /// <param name="exponent">The power of ten of the first digit.</param>
    /// <param name="allowPadding">Whether trailing zeros may be added before the point (only for exact values).</param>
    /// <remarks>The exponent is a <see langword="long"/>: magnitudes reach 10^±3.3e11 (<see cref="RealLimits.MaxBinaryExponent"/>).</remarks>
    public static string Layout(bool negative, ReadOnlySpan<char> digits, long exponent, bool allowPadding)
    {
        var length = digits.Length;
        var maxExponent = allowPadding ? Math.Max(length - 1, 20) : length - 1;
        var positional = exponent >= -7 && exponent <= maxExponent;
        var place = positional ? (int)exponent : 0;
        Span<char> exponentText = stackalloc char[20];
        var exponentLength = 0;
        int size;
        if (positional)
        {
            size = place < 0 ? 2 + (-place - 1) + length : place + 1 >= length ? place + 1 : length + 1;
        }
        else
        {
            Math.Abs(exponent).TryFormat(exponentText, out exponentLength, default, CultureInfo.InvariantCulture);
            size = length + (length > 1 ? 1 : 0) + 2 + exponentLength;
        }

        size += negative ? 1 : 0;
        Span<char> buffer = size <= 1024 ? stackalloc char[size] : new char[size];
        var at = 0;
        if (negative)
        {
            buffer[at++] = '-';
        }

        if (positional)
        {
            if (place < 0)
            {
                buffer[at++] = '0';
                buffer[at++] = '.';
                buffer.Slice(at, -place - 1).Fill('0');
                at += -place - 1;
                digits.CopyTo(buffer[at..]);
            }
            else if (place + 1 >= length)
            {
                digits.CopyTo(buffer[at..]);
                buffer[(at + length)..].Fill('0');
            }
            else
            {
                digits[..(place + 1)].CopyTo(buffer[at..]);
                at += place + 1;
                buffer[at++] = '.';
                digits[(place + 1)..].CopyTo(buffer[at..]);
            }
        }
        else
        {
            buffer[at++] = digits[0];
            if (length > 1)
            {
                buffer[at++] = '.';
                digits[1..].CopyTo(buffer[at..]);
                at += length - 1;
            }

            buffer[at++] = 'e';
            buffer[at++] = exponent >= 0 ? '+' : '-';
            exponentText[..exponentLength].CopyTo(buffer[at..]);
        }

        return new string(buffer);
    }

    /// <summary>Writes <c>integer · 10^(−decimals)</c> with exactly <paramref name="decimals"/> digits after the point.</summary>
    public static string Fixed(BigInteger scaled, int decimals)
    {
        var negative = scaled.Sign < 0;
        var text = DecimalDigits.ToString(BigInteger.Abs(scaled));
        if (decimals > 0)
        {
            text = text.PadLeft(decimals + 1, '0');
            text = string.Concat(text.AsSpan(0, text.Length - decimals), ".", text.AsSpan(text.Length - decimals));
        }

        return negative ? "-" + text : text;
    }

    /// <summary>Writes num/den exactly when both fit in 63 bits and its decimal terminates within <paramref name="digits"/> digits (0.3775).</summary>
    /// <returns>False when the fraction is large, does not terminate, or needs more digits; the general path then decides.</returns>
    public static bool TryTerminatingSmall(BigInteger num, BigInteger den, int digits, out string text)
    {
        text = string.Empty;
        if (num.IsZero || num.GetBitLength() > 63 || den.GetBitLength() > 63)
        {
            return false;
        }

        var n = (long)num;
        var d = (ulong)(long)den;
        var twos = BitOperations.TrailingZeroCount(d);
        d >>= twos;
        var fives = 0;
        while (d % 5 == 0)
        {
            d /= 5;
            fives++;
        }

        if (d != 1)
        {
            return false;
        }

        // num/den = num · 2^(places − twos) · 5^(places − fives) / 10^places.
        var places = Math.Max(twos, fives);
        UInt128 scaled = n < 0 ? 0UL - (ulong)n : (ulong)n; // |n| without overflow at −2^63
        for (var i = twos; i < places; i++)
        {
            scaled *= 2;
        }

        for (var i = fives; i < places; i++)
        {
            if (scaled > UInt128.MaxValue / 5)
            {
                return false;
            }

            scaled *= 5;
        }

        Span<char> buffer = stackalloc char[40];
        scaled.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
        var all = buffer[..length];
        var significant = all.TrimEnd('0');
        if (significant.Length > digits)
        {
            return false;
        }

        text = Layout(n < 0, significant, length - 1 - places, allowPadding: true);
        return true;
    }

    /// <summary>The exact decimal expansion of num/den if it terminates: its significant digits and the exponent of the first.</summary>
    public static bool TryTerminating(BigInteger num, BigInteger den, out string digits, out int exponent)
    {
        var twos = (int)BigInteger.TrailingZeroCount(den);
        var d = den >> twos;

        // d must be 5^fives: its bit length fixes fives to within one, checked by one power (not one division per factor).
        var fives = 0;
        if (!d.IsOne)
        {
            var estimate = (int)Math.Round((d.GetBitLength() - 1) / Log2Of5);
            fives = -1;
            for (var f = Math.Max(1, estimate - 1); f <= estimate + 1; f++)
            {
                if (BigInteger.Pow(5, f) == d)
                {
                    fives = f;
                    break;
                }
            }

            if (fives < 0)
            {
                digits = string.Empty;
                exponent = 0;
                return false;
            }
        }

        var places = Math.Max(twos, fives);
        var scaled = BigInteger.Abs(num) * Pow10(places) / den;
        var text = DecimalDigits.ToString(scaled);
        var trimmed = text.TrimEnd('0');
        digits = trimmed.Length == 0 ? "0" : trimmed;
        exponent = text.Length - 1 - places;
        return true;
    }

    private static double Log10(BigInteger x)
    {
        var bits = (long)x.GetBitLength();
        var shift = Math.Max(0, bits - 60);
        return Math.Log10((double)(x >> (int)shift)) + (shift * Math.Log10(2));
    }

    /// <summary>A power of ten above <see cref="MaxCachedPower"/> in the three forms the rounding uses.</summary>
    private sealed class LargePower
    {
        public LargePower(int k)
        {
            K = k;
            Value = BigInteger.Pow(10, k);
            Limbs = new ulong[Numbers.Limbs.For((long)Value.GetBitLength())];
            Numbers.Limbs.FromBigInteger(Value, Limbs);
            Mag = Mag.UpperBound(Value, 0);
        }

        public int K { get; }

        public BigInteger Value { get; }

        public ulong[] Limbs { get; }

        public Mag Mag { get; }
    }
}
