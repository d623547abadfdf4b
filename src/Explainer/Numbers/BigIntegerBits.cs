using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Explainer.Numbers;

/// <summary>A <see cref="BigInteger"/>'s magnitude read and written as it is stored: sign and little-endian 32-bit words, no byte conversion, no two's complement.</summary>
/// <remarks>
/// <para>
/// The runtime keeps a value with |v| &lt; 2^31 in its sign field alone (<c>_bits</c> null), and any other as a sign ±1 and
/// the magnitude's words, the top one non-zero. Those two fields are named for binary serialization and documented "do not
/// rename"; they are reached with <see cref="UnsafeAccessorAttribute"/>, not reflection, so a change would fail at the first
/// call, and <c>BigIntegerBitsTests</c> checks every path against the public byte conversions on each build.
/// </para>
/// <para>
/// The public conversions (<see cref="BigInteger.TryWriteBytes"/>, the byte-span constructor) go through bytes and, for a
/// negative value, two's complement both ways; a ball's midpoint crosses between <see cref="BigInteger"/> and limbs at every
/// operation, so the copies were a fifth of a 50-digit trace's evaluation.
/// </para>
/// </remarks>
internal static class BigIntegerBits
{
    /// <summary>Writes |x| into <paramref name="result"/> (cleared first), which must hold it.</summary>
    /// <exception cref="ArgumentException">|x| does not fit <paramref name="result"/>.</exception>
    public static void WriteMagnitude(BigInteger x, Span<ulong> result)
    {
        result.Clear();
        var bits = Bits(ref x);
        if (bits is null)
        {
            var sign = Sign(ref x);
            if (sign != 0)
            {
                if (result.IsEmpty)
                {
                    throw new ArgumentException("the value does not fit the limbs", nameof(result));
                }

                result[0] = (ulong)Math.Abs((long)sign);
            }

            return;
        }

        var words = MemoryMarshal.Cast<ulong, uint>(result);
        if (bits.Length > words.Length)
        {
            throw new ArgumentException("the value does not fit the limbs", nameof(result));
        }

        bits.AsSpan().CopyTo(words);
    }

    /// <summary>±x as a <see cref="BigInteger"/>, one allocation at the value's size (none below 2^31).</summary>
    public static BigInteger FromMagnitude(ReadOnlySpan<ulong> x, bool negative)
    {
        var words = MemoryMarshal.Cast<ulong, uint>(x);
        var length = words.Length;
        while (length > 0 && words[length - 1] == 0)
        {
            length--;
        }

        if (length == 0)
        {
            return BigInteger.Zero;
        }

        if (length == 1 && words[0] <= int.MaxValue)
        {
            var small = (int)words[0];
            return new BigInteger(negative ? -small : small);
        }

        var bits = GC.AllocateUninitializedArray<uint>(length);
        words[..length].CopyTo(bits);
        return Create(negative ? -1 : 1, bits);
    }

    /// <summary>The bit length of |x| (0 for zero), without the two's complement correction <see cref="BigInteger.GetBitLength"/> needs for negative values.</summary>
    public static long MagnitudeBitLength(BigInteger x)
    {
        var bits = Bits(ref x);
        if (bits is null)
        {
            var sign = Sign(ref x);
            return 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs((long)sign));
        }

        return (32L * bits.Length) - BitOperations.LeadingZeroCount(bits[^1]);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_bits")]
    private static extern ref uint[]? Bits(ref BigInteger x);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_sign")]
    private static extern ref int Sign(ref BigInteger x);

    /// <summary>The runtime's own constructor from a sign and normalised words (the one its static int.MinValue is made with).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern BigInteger Create(int sign, uint[]? bits);
}
