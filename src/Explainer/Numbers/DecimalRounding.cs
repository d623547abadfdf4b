using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>Decides the correctly rounded significant digits of a ball on limbs: the fast path of <see cref="Real.Format"/>.</summary>
/// <remarks>
/// For a ball m·2^e ± r and n digits, P = |m|·10^k (k = n − 1 − E, E the decimal exponent) is an integer count of
/// 2^e units and r·10^k a bound R in the same units. Every point of the ball rounds to the integer nearest P when
/// the distance from P's fraction to one half exceeds R; that is read off P's bits near the binary point. No
/// <see cref="BigInteger"/> arithmetic below <see cref="DecimalDigits.DirectLimbs"/> limbs, one string allocated; the limbs
/// and digits are on the stack up to <see cref="StackLimbs"/> and <see cref="StackDigits"/>, in pooled arrays beyond, so
/// that long values take this path too. When it cannot decide (the radius is too wide, the value is an integer), it
/// says so and the caller uses the general rounding.
/// </remarks>
[SkipLocalsInit]
internal static class DecimalRounding
{
    /// <summary>Up to this many limbs in all (midpoint, product, quotient) live on the stack.</summary>
    private const int StackLimbs = 1024;

    /// <summary>Up to this many digits are written on the stack.</summary>
    private const int StackDigits = 8000;

    private const double Log10Of2 = 0.30102999566398119521;

    private const double Log2Of10 = 3.3219280948873623;

    /// <summary>10^19: the largest power of ten below 2^64, with its top bit set.</summary>
    private const ulong Chunk = 10_000_000_000_000_000_000UL;

    /// <summary>⌊(2^128 − 1)/10^19⌋ − 2^64, Möller and Granlund's reciprocal of <see cref="Chunk"/>.</summary>
    private static readonly ulong ChunkInverse = (ulong)(UInt128.MaxValue / Chunk);

    /// <summary>10^38, below which at most two chunks remain.</summary>
    private static readonly UInt128 ChunkSquared = (UInt128)Chunk * Chunk;

    /// <summary>Rounds every point of the ball to <paramref name="digits"/> significant digits; true when they agree.</summary>
    /// <param name="ball">The enclosure.</param>
    /// <param name="digits">The number of significant digits.</param>
    /// <param name="text">The rounded value laid out by <see cref="DecimalText.Layout(bool, ReadOnlySpan{char}, int, bool)"/>, or null.</param>
    /// <returns>False when the fast path cannot decide; the general path may still.</returns>
    public static bool TryRound(in Ball ball, int digits, out string? text)
    {
        text = null;
        var mid = ball.Mid;
        if (ball.IsInfinite || mid.IsZero || ball.Exp >= 0 || ball.Exp < -(int.MaxValue / 2))
        {
            return false;
        }

        var midBits = ball.MidBits;
        var midLimbs = Limbs.For(midBits);

        // The buffers hold 10^k for k up to kBound: the exponent estimated below is at least lowExponent.
        var lowExponent = (long)Math.Floor((midBits - 1 + ball.Exp) * Log10Of2) - 1;
        var kBound = digits + 1 - lowExponent;
        if (kBound > DecimalText.MaxPower)
        {
            return false;
        }

        // 10^k has at most ⌊k·log₂10⌋ + 1 bits.
        var productLimbs = midLimbs + Limbs.For((long)(Math.Max(0, kBound) * Log2Of10) + 2);
        var limbCount = midLimbs + productLimbs + productLimbs + 1;
        var charCount = digits + 40;
        ulong[]? rentedLimbs = null;
        char[]? rentedChars = null;
        var limbs = limbCount <= StackLimbs ? stackalloc ulong[limbCount] : (rentedLimbs = ArrayPool<ulong>.Shared.Rent(limbCount)).AsSpan(0, limbCount);
        var chars = charCount <= StackDigits ? stackalloc char[charCount] : (rentedChars = ArrayPool<char>.Shared.Rent(charCount)).AsSpan(0, charCount);
        try
        {
            var m = limbs[..midLimbs];
            Limbs.FromMagnitude(mid, m);

            // log10 |x| from the top 64 bits of the midpoint. Log2 may overshoot by up to 0.0076 bits (0.0023 decades);
            // lowering the estimate by more than that makes the exponent right or one too low, never one too high.
            // One too high would be wrong, not just slow: rounding at a scale ten times too coarse can carry into
            // exactly `digits` digits (99.75 → "100" at 3 digits, where "99.8" is right) and be accepted.
            // One too low is caught below: the quotient then has one digit too many.
            var topShift = Math.Max(0, midBits - 64);
            var top = TopBits(m, (int)topShift);
            var estimate = (Log2(top) + topShift + ball.Exp) * Log10Of2;
            var exponent = (int)Math.Floor(estimate - 0.003);

            // Room for the largest power of ten the attempts may use (the exponent moves by one at most twice).
            var kMax = (long)digits + 1 - exponent;
            if (exponent - 1 > digits - 1 || kMax > kBound)
            {
                return false;
            }

            return TryRound(ball, m, (int)-ball.Exp, digits, exponent, kMax, limbs.Slice(midLimbs, productLimbs), limbs[(midLimbs + productLimbs)..], chars, out text);
        }
        finally
        {
            if (rentedLimbs is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedLimbs);
            }

            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    /// <summary>The attempts of <see cref="TryRound(in Ball, int, out string?)"/> on its buffers: P in p, the quotient in q.</summary>
    private static bool TryRound(in Ball ball, ReadOnlySpan<ulong> m, int s, int digits, int exponent, long kMax, Span<ulong> p, Span<ulong> q, Span<char> chars, out string? text)
    {
        text = null;
        var negative = ball.Mid.Sign < 0;
        var finer = false;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var k = digits - 1 - exponent;
            if (k < 0 || k > kMax)
            {
                return false;
            }

            var power = DecimalText.Pow10Limbs(k);
            var product = p[..(m.Length + power.Length)];
            Limbs.Multiply(m, power, product);

            if (!TryRoundUp(product, s, ball.Rad, DecimalText.Pow10Mag(k), out var roundUp))
            {
                return false;
            }

            // q = ⌊P / 2^s⌋ (+1), then its decimal digits.
            var quotient = q[..(Math.Max(1, product.Length - (s >> 6)) + 1)];
            Limbs.ShiftRight(product, s, quotient);
            if (roundUp)
            {
                Limbs.Add(quotient, [1UL]);
            }

            var count = DecimalDigits.Write(quotient, chars);
            var written = chars[^count..];
            var powerOfTen = written[1..].IndexOfAnyExcept('0') < 0 && written[0] == '1';
            if (count == digits && (!powerOfTen || finer))
            {
                text = DecimalText.Layout(negative, written, exponent, allowPadding: false);
                return true;
            }

            if (count == digits)
            {
                // 10…0 at 10^exponent: points of the ball just below 10^exponent belong to the decade below and round
                // at its finer scale (0.99949 is 0.999 at three digits, though at the scale of [1, 10) it rounds to
                // 1.00). Decide again at that scale, where such points either carry to 10…0 as well or show their digits.
                finer = true;
                exponent--;
                continue;
            }

            if (count == digits + 1 && written[1..].IndexOfAnyExcept('0') < 0)
            {
                // 99…9 rounded up to 10…0 at the finer scale: every point rounds to 10^(exponent + 1) in its own decade.
                text = DecimalText.Layout(negative, written[..digits], exponent + 1, allowPadding: false);
                return true;
            }

            if (finer)
            {
                // Points on both sides of the power of ten and more than half a finer unit above it: the general path decides.
                return false;
            }

            exponent += count > digits ? 1 : -1;
        }

        return false;
    }

    /// <summary>Decides whether every point of P ± R (units of 2^−s) rounds half-even to ⌊P/2^s⌋ or to one more.</summary>
    /// <returns>False when some points round differently or the margin is too close to tell cheaply.</returns>
    private static bool TryRoundUp(ReadOnlySpan<ulong> p, int s, Mag rad, Mag tenToK, out bool roundUp)
    {
        roundUp = false;
        var half = s - 1;
        var upper = BitAt(p, half);

        // R < 2^t units: R = rad · 10^k · 2^s < 2^(bit length of its mantissa + its exponent + s).
        long t;
        if (rad.IsZero)
        {
            t = long.MinValue;
        }
        else
        {
            var r = rad * tenToK;
            if (r.IsInfinite)
            {
                return false;
            }

            t = r.Exp + s + (64 - BitOperations.LeadingZeroCount(r.Man));
        }

        if (t >= half)
        {
            return false;
        }

        if (t == long.MinValue)
        {
            // An exact point: a true tie (bit s−1 set, nothing below) goes to the even neighbour.
            roundUp = upper && (AnySet(p, 0, half) || BitAt(p, s));
            return true;
        }

        if (upper)
        {
            // The fraction is ½ + L (L the bits below s − 1): points round up while L > R.
            roundUp = true;
            return t <= 0 ? AnySet(p, 0, half) : AnySet(p, (int)t, half);
        }

        // The fraction is L < ½: points round down while ½ − L > R, certainly when L's bits from t up are not all ones.
        return t <= 0 || !AllSet(p, (int)t, half);
    }

    /// <summary>Writes the decimal digits of x (destroying it) right-aligned at the end of <paramref name="chars"/>; returns their count.</summary>
    internal static int WriteDigits(Span<ulong> x, Span<char> chars)
    {
        var length = x.Length;
        while (length > 0 && x[length - 1] == 0)
        {
            length--;
        }

        var end = chars.Length;
        if (length == 0)
        {
            chars[--end] = '0';
            return 1;
        }

        // Two chunks a pass while at least two lie below the top one: the two divisions by 10^19 run in one sweep (the
        // second divides the first's quotient limbs as they come, top down), halving the passes over the limbs.
        while (length > 2 || (length == 2 && new UInt128(x[1], x[0]) >= ChunkSquared))
        {
            var (low, high) = DivRemTwoChunks(x[..length]);

            // 10^38 is 126 bits: the quotient may be two limbs shorter.
            while (x[length - 1] == 0)
            {
                length--;
            }

            WriteChunk(low, chars[(end - 19)..end]);
            WriteChunk(high, chars[(end - 38)..(end - 19)]);
            end -= 38;
        }

        while (length > 1 || x[0] >= Chunk)
        {
            var chunk = DivRemChunk(x[..length]);
            if (x[length - 1] == 0)
            {
                length--;
            }

            WriteChunk(chunk, chars[(end - 19)..end]);
            end -= 19;
        }

        x[0].TryFormat(chars[..end], out var last, default, System.Globalization.CultureInfo.InvariantCulture);
        var first = end - last;
        chars.Slice(0, last).CopyTo(chars.Slice(first, last));
        return chars.Length - first;
    }

    /// <summary>x = ⌊x / 10^19⌋, returning the remainder.</summary>
    private static ulong DivRemChunk(Span<ulong> x)
    {
        ulong rem = 0;
        for (var i = x.Length - 1; i >= 0; i--)
        {
            x[i] = DivideByChunk(rem, x[i], out rem);
        }

        return rem;
    }

    /// <summary>x = ⌊x / 10^38⌋, returning the remainders of the two divisions by 10^19: the low chunk, then the one above it.</summary>
    private static (ulong Low, ulong High) DivRemTwoChunks(Span<ulong> x)
    {
        ulong first = 0;
        ulong second = 0;
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var q = DivideByChunk(first, x[i], out first);
            x[i] = DivideByChunk(second, q, out second);
        }

        return (first, second);
    }

    /// <summary>⌊(rem·2^64 + u0) / 10^19⌋ for rem &lt; 10^19, with the new remainder (Möller and Granlund's division by a normalised word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivideByChunk(ulong rem, ulong u0, out ulong remainder)
    {
        var q1 = Math.BigMul(ChunkInverse, rem, out var q0);
        var sum = (UInt128)q0 + u0;
        q0 = (ulong)sum;
        q1 += rem + 1 + (ulong)(sum >> 64);
        var r = u0 - (q1 * Chunk);
        if (r > q0)
        {
            q1--;
            r += Chunk;
        }

        if (r >= Chunk)
        {
            q1++;
            r -= Chunk;
        }

        remainder = r;
        return q1;
    }

    /// <summary>Nineteen digits with their leading zeros into <paramref name="chars"/> (19 long): the runtime's fast default formatting, then the zeros.</summary>
    private static void WriteChunk(ulong chunk, Span<char> chars)
    {
        chunk.TryFormat(chars, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        chars[..written].CopyTo(chars[(19 - written)..]);
        chars[..(19 - written)].Fill('0');
    }

    /// <summary>log₂ x for x ≥ 1 within 0.01: the bit position plus a quadratic in the next bits (no call into the maths library).</summary>
    private static double Log2(ulong x)
    {
        var whole = BitOperations.Log2(x);
        var fraction = whole >= 52 ? (double)(x >> (whole - 52)) : (double)(x << (52 - whole));
        var m = (fraction / (1UL << 52)) - 1;
        return whole + (m * (1.3465 - (0.3465 * m)));
    }

    private static ulong TopBits(ReadOnlySpan<ulong> x, int shift)
    {
        var limb = shift >> 6;
        var bit = shift & 63;
        var low = x[limb] >> bit;
        var high = bit == 0 || limb + 1 >= x.Length ? 0UL : x[limb + 1] << (64 - bit);
        return low | high;
    }

    private static bool BitAt(ReadOnlySpan<ulong> x, int i) => (i >> 6) < x.Length && ((x[i >> 6] >> (i & 63)) & 1) != 0;

    /// <summary>Whether any bit in [from, to) is set.</summary>
    private static bool AnySet(ReadOnlySpan<ulong> x, int from, int to)
    {
        for (var i = from; i < to;)
        {
            var limb = i >> 6;
            if (limb >= x.Length)
            {
                return false;
            }

            var bit = i & 63;
            var width = Math.Min(64 - bit, to - i);
            var mask = width == 64 ? ulong.MaxValue : ((1UL << width) - 1) << bit;
            if ((x[limb] & mask) != 0)
            {
                return true;
            }

            i += width;
        }

        return false;
    }

    /// <summary>Whether every bit in [from, to) is set.</summary>
    private static bool AllSet(ReadOnlySpan<ulong> x, int from, int to)
    {
        for (var i = from; i < to;)
        {
            var limb = i >> 6;
            if (limb >= x.Length)
            {
                return false;
            }

            var bit = i & 63;
            var width = Math.Min(64 - bit, to - i);
            var mask = width == 64 ? ulong.MaxValue : ((1UL << width) - 1) << bit;
            if ((x[limb] & mask) != mask)
            {
                return false;
            }

            i += width;
        }

        return true;
    }
}
