using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>Integers to decimal digits in quasi-linear time: every integer the output path writes goes through here.</summary>
/// <remarks>
/// Divide and conquer: x = q·10^h + r with h = 19·2^j the largest such below the width, r written as exactly h digits
/// (leading zeros kept) and q in the places above, each half the same way, down to <see cref="DirectLimbs"/> limbs, where
/// the chunked division by 10^19 of <see cref="DecimalRounding.WriteDigits"/> is fastest. The cost is that of the
/// divisions at the top levels, O(D(n) log n) for a division cost D; <see cref="BigInteger.ToString()"/> is quadratic.
/// The splitting powers 10^(19·2^j) are computed once and kept (their total size is about twice the largest). Barrett
/// division by cached reciprocals (two multiplications per split) was measured slower than the runtime's division at
/// 20,000 and 100,000 digits, so the splits divide.
/// </remarks>
[SkipLocalsInit]
internal static class DecimalDigits
{
    /// <summary>At most this many limbs (about 3700 digits) are written by the chunked division directly.</summary>
    /// <remarks>
    /// Its 64-bit steps are several times faster than <see cref="BigInteger"/>'s 32-bit division, so the quadratic loop wins
    /// up to here (measured: 16, 48, 96, 192 and 400 limbs at 5000 and 20,000 digits; 192 was fastest at both).
    /// </remarks>
    internal const int DirectLimbs = 192;

    private const double Log10Of2 = 0.30102999566398119521;

    private const int ChunkDigits = 19;

    private static readonly Lock SplitsLock = new();
    private static BigInteger[] _splits = [BigInteger.Pow(10, ChunkDigits)];

    /// <summary>The decimal digits of x, with a minus sign when negative: the same text as <see cref="BigInteger.ToString()"/> in the invariant culture.</summary>
    public static string ToString(BigInteger x)
    {
        if (x.IsZero)
        {
            return "0";
        }

        var negative = x.Sign < 0;
        var abs = BigInteger.Abs(x);
        var width = MaxDigits(abs.GetBitLength());
        var sign = negative ? 1 : 0;
        char[]? rented = null;
        var buffer = width + sign <= 1024 ? stackalloc char[width + sign] : (rented = ArrayPool<char>.Shared.Rent(width + sign)).AsSpan(0, width + sign);
        Write(abs, buffer[sign..]);

        // The width may exceed the digit count: start at the first digit, or at the slot for the sign just before it.
        var start = buffer[sign..].IndexOfAnyExcept('0');
        if (negative)
        {
            buffer[start] = '-';
        }

        var text = new string(buffer[start..]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }

    /// <summary>The digits of a non-negative x written right-aligned at the end of <paramref name="chars"/>; returns their count.</summary>
    /// <remarks>x is destroyed. <paramref name="chars"/> must hold at least <see cref="MaxDigits(long)"/> of x's bit length.</remarks>
    public static int Write(Span<ulong> x, Span<char> chars)
    {
        var length = x.Length;
        while (length > 0 && x[length - 1] == 0)
        {
            length--;
        }

        if (length <= DirectLimbs)
        {
            return DecimalRounding.WriteDigits(x[..length], chars);
        }

        var width = MaxDigits(Limbs.BitLength(x[..length]));
        var digits = chars[^width..];
        Write(Limbs.ToBigInteger(x[..length]), digits);
        var zeros = digits.IndexOfAnyExcept('0');
        return width - zeros;
    }

    /// <summary>An upper bound of the number of decimal digits of an integer of <paramref name="bits"/> bits, at most two too many.</summary>
    /// <remarks>⌊b·log₁₀2⌋ + 1 bounds them; the 10⁻⁹ added covers the rounding of the product in doubles.</remarks>
    public static int MaxDigits(long bits) => bits <= 0 ? 1 : (int)((bits * Log10Of2) + 1e-9) + 1;

    /// <summary>Writes 0 ≤ x &lt; 10^chars.Length as exactly chars.Length digits, leading zeros included.</summary>
    private static void Write(BigInteger x, Span<char> chars)
    {
        var bits = x.GetBitLength();
        if (bits <= 64L * DirectLimbs)
        {
            Span<ulong> limbs = stackalloc ulong[DirectLimbs];
            var used = limbs[..Math.Max(1, Limbs.For(bits))];
            Limbs.FromMagnitude(x, used);
            var count = DecimalRounding.WriteDigits(used, chars);
            chars[..^count].Fill('0');
            return;
        }

        // h = 19·2^j, the largest below the width: the high part has at most as many digits as the low part.
        var j = 0;
        while (ChunkDigits << (j + 1) < chars.Length)
        {
            j++;
        }

        var h = ChunkDigits << j;
        var q = BigInteger.DivRem(x, Split(j), out var r);
        Write(q, chars[..^h]);
        Write(r, chars[^h..]);
    }

    /// <summary>10^(19·2^j), cached.</summary>
    private static BigInteger Split(int j)
    {
        var splits = Volatile.Read(ref _splits);
        if (j < splits.Length)
        {
            return splits[j];
        }

        lock (SplitsLock)
        {
            splits = _splits;
            if (j >= splits.Length)
            {
                var grown = new BigInteger[j + 1];
                splits.CopyTo(grown, 0);
                for (var i = splits.Length; i <= j; i++)
                {
                    grown[i] = grown[i - 1] * grown[i - 1];
                }

                Volatile.Write(ref _splits, grown);
                splits = grown;
            }

            return splits[j];
        }
    }
}
