using System.Numerics;
using System.Runtime.InteropServices;

namespace Explainer.Numbers;

/// <summary>Non-negative integers as little-endian spans of 64-bit limbs: the few operations the fixed-point series need.</summary>
/// <remarks>
/// Nothing here allocates except the conversions to <see cref="BigInteger"/> and products of more than
/// <see cref="SchoolbookLimit"/> limbs, which go through <see cref="BigInteger"/>'s sub-quadratic multiply.
/// Every operation is exact or truncates (floors); the callers count the truncations.
/// </remarks>
internal static class Limbs
{
    /// <summary>Above this many limbs per factor, products use <see cref="BigInteger"/> multiplication instead of schoolbook.</summary>
    public const int SchoolbookLimit = 40;

    /// <summary>The number of limbs that holds <paramref name="bits"/> bits.</summary>
    public static int For(long bits) => (int)((bits + 63) >> 6);

    /// <summary><paramref name="product"/> = a · b; it must hold a.Length + b.Length limbs and not overlap the factors.</summary>
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> product)
    {
        var p = product[..(a.Length + b.Length)];
        if (a.Length > SchoolbookLimit && b.Length > SchoolbookLimit)
        {
            var big = ToBigInteger(a) * ToBigInteger(b);
            FromBigInteger(big, p);
            return;
        }

        p.Clear();
        for (var i = 0; i < a.Length; i++)
        {
            var ai = a[i];
            if (ai == 0)
            {
                continue;
            }

            ulong carry = 0;
            var row = p.Slice(i, b.Length + 1);
            for (var j = 0; j < b.Length; j++)
            {
                var hi = Math.BigMul(ai, b[j], out var lo);
                lo += carry;
                hi += lo < carry ? 1UL : 0UL;
                var sum = lo + row[j];
                hi += sum < lo ? 1UL : 0UL;
                row[j] = sum;
                carry = hi;
            }

            row[b.Length] = carry;
        }
    }

    /// <summary><paramref name="result"/> = floor(a · b / 2^shift), keeping its low result.Length limbs; <paramref name="scratch"/> holds a.Length + b.Length limbs.</summary>
    public static void MultiplyShifted(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int shift, Span<ulong> result, Span<ulong> scratch)
    {
        Multiply(a, b, scratch);
        ShiftRight(scratch[..(a.Length + b.Length)], shift, result);
    }

    /// <summary><paramref name="result"/> = floor(x / 2^shift), keeping its low result.Length limbs (missing high limbs read as zero).</summary>
    public static void ShiftRight(ReadOnlySpan<ulong> x, int shift, Span<ulong> result)
    {
        var limbShift = shift >> 6;
        var bitShift = shift & 63;
        for (var i = 0; i < result.Length; i++)
        {
            var k = i + limbShift;
            var low = k < x.Length ? x[k] : 0UL;
            if (bitShift == 0)
            {
                result[i] = low;
            }
            else
            {
                var high = k + 1 < x.Length ? x[k + 1] : 0UL;
                result[i] = (low >> bitShift) | (high << (64 - bitShift));
            }
        }
    }

    /// <summary><paramref name="result"/> = x · 2^shift, keeping its low result.Length limbs.</summary>
    public static void ShiftLeft(ReadOnlySpan<ulong> x, int shift, Span<ulong> result)
    {
        var limbShift = shift >> 6;
        var bitShift = shift & 63;
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var k = i - limbShift;
            var high = k >= 0 && k < x.Length ? x[k] : 0UL;
            if (bitShift == 0)
            {
                result[i] = high;
            }
            else
            {
                var low = k - 1 >= 0 && k - 1 < x.Length ? x[k - 1] : 0UL;
                result[i] = (high << bitShift) | (low >> (64 - bitShift));
            }
        }
    }

    /// <summary>a += b (b no longer than a); returns the carry out of a's top limb.</summary>
    public static ulong Add(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong carry = 0;
        var i = 0;
        for (; i < b.Length; i++)
        {
            var s = a[i] + carry;
            carry = s < carry ? 1UL : 0UL;
            var t = s + b[i];
            carry += t < s ? 1UL : 0UL;
            a[i] = t;
        }

        for (; carry != 0 && i < a.Length; i++)
        {
            a[i]++;
            carry = a[i] == 0 ? 1UL : 0UL;
        }

        return carry;
    }

    /// <summary>a = floor(a / d) for 0 &lt; d &lt; 2^32, returning the remainder.</summary>
    /// <remarks>Each 64-bit limb is divided in two 32-bit halves, so every step is a 64-by-32-bit division.</remarks>
    public static ulong DivRem(Span<ulong> a, uint d)
    {
        ulong rem = 0;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            var limb = a[i];
            var hi = (rem << 32) | (limb >> 32);
            var qHi = hi / d;
            rem = hi - (qHi * d);
            var lo = (rem << 32) | (limb & 0xFFFF_FFFF);
            var qLo = lo / d;
            rem = lo - (qLo * d);
            a[i] = (qHi << 32) | qLo;
        }

        return rem;
    }

    /// <summary>The number of significant bits of x (0 for zero).</summary>
    public static long BitLength(ReadOnlySpan<ulong> x)
    {
        for (var i = x.Length - 1; i >= 0; i--)
        {
            if (x[i] != 0)
            {
                return (64L * i) + 64 - BitOperations.LeadingZeroCount(x[i]);
            }
        }

        return 0;
    }

    /// <summary>An upper bound on <c>x · 2^exp</c>.</summary>
    public static Mag UpperBound(ReadOnlySpan<ulong> x, long exp)
    {
        var bits = BitLength(x);
        if (bits == 0)
        {
            return Mag.Zero;
        }

        if (bits <= 64)
        {
            return Mag.Create(x[0], exp);
        }

        // The top 63 bits, plus one unit for everything below them.
        var shift = (int)(bits - 63);
        var limb = shift >> 6;
        var bit = shift & 63;
        var top = bit == 0 ? x[limb] : (x[limb] >> bit) | (limb + 1 < x.Length ? x[limb + 1] << (64 - bit) : 0UL);
        return Mag.Create(top + 1, exp + shift);
    }

    /// <summary>Writes a non-negative x into <paramref name="result"/>, which must be long enough.</summary>
    public static void FromBigInteger(BigInteger x, Span<ulong> result)
    {
        result.Clear();
        if (!x.TryWriteBytes(MemoryMarshal.AsBytes(result), out _, isUnsigned: true, isBigEndian: false))
        {
            throw new ArgumentException("the value does not fit the limbs", nameof(x));
        }
    }

    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> x) => new(MemoryMarshal.AsBytes(x), isUnsigned: true, isBigEndian: false);
}
