using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Explainer.Numbers;

/// <summary>Non-negative integers as little-endian spans of 64-bit limbs: the few operations the fixed-point series need.</summary>
/// <remarks>
/// Nothing here allocates except the conversions to <see cref="BigInteger"/> (products above
/// <see cref="KaratsubaLimit"/> limbs take their scratch from the stack or the shared pool).
/// Every operation is exact or truncates (floors); the callers count the truncations.
/// </remarks>
internal static class Limbs
{
    private static readonly ulong[] Inverses = new ulong[8192];

    /// <summary>Up to this many limbs in the shorter factor, products are schoolbook; above, Karatsuba on the limbs.</summary>
    /// <remarks>Measured on the 2-core host (LimbMultiplyBenchmarks): schoolbook on 64-bit limbs (one 64×64→128 product each) is about as fast as Karatsuba up to here.</remarks>
    public const int KaratsubaLimit = 32;

    /// <summary>Up to this many limbs, squares are schoolbook (each cross product once, so its crossover is later than a product's).</summary>
    public const int KaratsubaSquareLimit = 48;

    /// <summary>Karatsuba's scratch up to this many limbs lives on the stack; above, a pooled array.</summary>
    private const int ScratchStackLimit = 2048;

    /// <summary>The number of limbs that holds <paramref name="bits"/> bits.</summary>
    public static int For(long bits) => (int)((bits + 63) >> 6);

    /// <summary><paramref name="product"/> = a · b; it must hold a.Length + b.Length limbs and not overlap the factors.</summary>
    /// <remarks>Schoolbook while the shorter factor has at most <see cref="KaratsubaLimit"/> limbs, Karatsuba above (split in equal parts, or in slices of the shorter factor when the lengths differ by 2× or more).</remarks>
    [SkipLocalsInit]
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> product)
    {
        var p = product[..(a.Length + b.Length)];
        if (a.Length > b.Length)
        {
            // Rows along the shorter factor: fewer, longer inner loops.
            var t = a;
            a = b;
            b = t;
        }

        if (a.Length <= KaratsubaLimit)
        {
            Schoolbook(a, b, p);
            return;
        }

        var length = ScratchLength(b.Length);
        ulong[]? rented = null;
        var scratch = length <= ScratchStackLimit ? stackalloc ulong[length] : (rented = ArrayPool<ulong>.Shared.Rent(length)).AsSpan(0, length);
        Karatsuba(a, b, p, scratch);
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary><paramref name="square"/> = a²; it must hold 2·a.Length limbs and not overlap a.</summary>
    [SkipLocalsInit]
    public static void Square(ReadOnlySpan<ulong> a, Span<ulong> square)
    {
        var p = square[..(2 * a.Length)];
        if (a.Length <= KaratsubaSquareLimit)
        {
            SchoolbookSquare(a, p);
            return;
        }

        var length = ScratchLength(a.Length);
        ulong[]? rented = null;
        var scratch = length <= ScratchStackLimit ? stackalloc ulong[length] : (rented = ArrayPool<ulong>.Shared.Rent(length)).AsSpan(0, length);
        KaratsubaSquare(a, p, scratch);
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>a · b as a <see cref="BigInteger"/>, by <see cref="Multiply(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, Span{ulong})"/> on the magnitudes when both are long enough for it to pay, else by the runtime's.</summary>
    /// <remarks>The runtime's product runs on 32-bit words (four word products for one of ours) and has no Toom; the two copies in and one out are linear.</remarks>
    public static BigInteger Multiply(BigInteger a, BigInteger b)
    {
        var la = For(BigIntegerBits.MagnitudeBitLength(a));
        var lb = For(BigIntegerBits.MagnitudeBitLength(b));
        if (Math.Min(la, lb) < BigIntegerLimit)
        {
            return a * b;
        }

        var total = la + lb;
        var rented = ArrayPool<ulong>.Shared.Rent(total + la + lb);
        var buffer = rented.AsSpan(0, total + la + lb);
        var x = buffer[..la];
        var y = buffer.Slice(la, lb);
        var p = buffer.Slice(la + lb, total);
        BigIntegerBits.WriteMagnitude(a, x);
        BigIntegerBits.WriteMagnitude(b, y);
        Multiply(x, y, p);
        var result = BigIntegerBits.FromMagnitude(p, (a.Sign < 0) != (b.Sign < 0));
        ArrayPool<ulong>.Shared.Return(rented);
        return result;
    }

    /// <summary>a² as a <see cref="BigInteger"/>, as <see cref="Multiply(BigInteger, BigInteger)"/>.</summary>
    public static BigInteger Square(BigInteger a)
    {
        var la = For(BigIntegerBits.MagnitudeBitLength(a));
        if (la < BigIntegerLimit)
        {
            return a * a;
        }

        var rented = ArrayPool<ulong>.Shared.Rent(3 * la);
        var buffer = rented.AsSpan(0, 3 * la);
        var x = buffer[..la];
        var p = buffer[la..];
        BigIntegerBits.WriteMagnitude(a, x);
        Square(x, p);
        var result = BigIntegerBits.FromMagnitude(p, false);
        ArrayPool<ulong>.Shared.Return(rented);
        return result;
    }

    /// <summary>Below this many limbs in the shorter factor, <see cref="Multiply(BigInteger, BigInteger)"/> leaves the product to the runtime (the copies would cost more than they save).</summary>
    public const int BigIntegerLimit = 8;

    /// <summary>Scratch enough for Karatsuba on factors of up to n limbs: each level takes 4(m + 1) limbs for m = ⌈n/2⌉ and recurses on m + 1.</summary>
    internal static int ScratchLength(int n)
    {
        var total = 0;
        while (n > Math.Min(KaratsubaLimit, KaratsubaSquareLimit))
        {
            var m = (n + 1) / 2;
            total += (4 * m) + 4;
            n = m + 1;
        }

        return total;
    }

    /// <summary>p = a · b (p exactly a.Length + b.Length limbs), any lengths, with <see cref="ScratchLength"/>(max length) limbs of scratch.</summary>
    /// <remarks>
    /// a = a₀ + a₁B^m, b = b₀ + b₁B^m with m = ⌈n_b/2⌉: a₀b₀ and a₁b₁ go straight to p's low and high parts,
    /// (a₀ + a₁)(b₀ + b₁) − a₀b₀ − a₁b₁ = a₀b₁ + a₁b₀ (non-negative, so no signs) is added at B^m.
    /// When the shorter factor has no more than m limbs, b is cut in slices as long as a and each a·slice added in place.
    /// </remarks>
    private static void Karatsuba(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> p, Span<ulong> scratch)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (a.Length <= KaratsubaLimit)
        {
            Schoolbook(a, b, p);
            return;
        }

        var na = a.Length;
        var nb = b.Length;
        var m = (nb + 1) / 2;
        if (na <= m)
        {
            // Slices of b as long as a: the first product straight into p, the others through scratch, added in.
            Karatsuba(a, b[..na], p[..(2 * na)], scratch);
            p[(2 * na)..].Clear();
            var slice = scratch[..(2 * na)];
            var rest = scratch[(2 * na)..];
            for (var start = na; start < nb; start += na)
            {
                var piece = b.Slice(start, Math.Min(na, nb - start));
                var product = slice[..(na + piece.Length)];
                Karatsuba(a, piece, product, rest);
                Add(p[start..], product);
            }

            return;
        }

        var a0 = a[..m];
        var a1 = a[m..];
        var b0 = b[..m];
        var b1 = b[m..];
        var z0 = p[..(2 * m)];
        var z2 = p[(2 * m)..];
        Karatsuba(a0, b0, z0, scratch);
        Karatsuba(a1, b1, z2, scratch);

        var sa = scratch[..(m + 1)];
        var sb = scratch.Slice(m + 1, m + 1);
        a0.CopyTo(sa);
        sa[m] = Add(sa[..m], a1);
        b0.CopyTo(sb);
        sb[m] = Add(sb[..m], b1);
        var la = sa[m] == 0 ? m : m + 1;
        var lb = sb[m] == 0 ? m : m + 1;
        var z1 = scratch.Slice((2 * m) + 2, la + lb);
        Karatsuba(sa[..la], sb[..lb], z1, scratch[((4 * m) + 4)..]);
        Subtract(z1, z0);
        Subtract(z1, z2);

        // a₀b₁ + a₁b₀ < B^(na+nb−m): the limbs of z1 above p's top are zero.
        Add(p[m..], z1[..Math.Min(z1.Length, p.Length - m)]);
    }

    /// <summary>p = a² (p exactly 2·a.Length limbs) by Karatsuba: a₀², a₁² in place, (a₀ + a₁)² − a₀² − a₁² = 2a₀a₁ added at B^m.</summary>
    private static void KaratsubaSquare(ReadOnlySpan<ulong> a, Span<ulong> p, Span<ulong> scratch)
    {
        var n = a.Length;
        if (n <= KaratsubaSquareLimit)
        {
            SchoolbookSquare(a, p);
            return;
        }

        var m = (n + 1) / 2;
        var a0 = a[..m];
        var a1 = a[m..];
        var z0 = p[..(2 * m)];
        var z2 = p[(2 * m)..];
        KaratsubaSquare(a0, z0, scratch);
        KaratsubaSquare(a1, z2, scratch);

        var sa = scratch[..(m + 1)];
        a0.CopyTo(sa);
        sa[m] = Add(sa[..m], a1);
        var la = sa[m] == 0 ? m : m + 1;
        var z1 = scratch.Slice(m + 1, 2 * la);
        KaratsubaSquare(sa[..la], z1, scratch[((3 * m) + 3)..]);
        Subtract(z1, z0);
        Subtract(z1, z2);
        Add(p[m..], z1[..Math.Min(z1.Length, p.Length - m)]);
    }

    /// <summary>p = a · b by rows along a (p exactly a.Length + b.Length limbs).</summary>
    private static void Schoolbook(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> p)
    {
        p.Clear();
        for (var i = 0; i < a.Length; i++)
        {
            var ai = a[i];
            if (ai == 0)
            {
                continue;
            }

            var row = p.Slice(i, b.Length + 1);
            row[b.Length] = MultiplyAdd(row[..b.Length], b, ai);
        }
    }

    /// <summary>p = a² (p exactly 2·a.Length limbs).</summary>
    /// <remarks>Each cross product aᵢaⱼ (i &lt; j) once, the sum doubled, then the squares aᵢ² on the diagonal.</remarks>
    private static void SchoolbookSquare(ReadOnlySpan<ulong> a, Span<ulong> p)
    {
        var n = a.Length;
        p.Clear();
        for (var i = 0; i + 1 < n; i++)
        {
            var ai = a[i];
            if (ai != 0)
            {
                var row = p.Slice((2 * i) + 1, n - i);
                row[n - i - 1] = MultiplyAdd(row[..(n - i - 1)], a[(i + 1)..], ai);
            }
        }

        ulong top = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var x = p[i];
            p[i] = (x << 1) | top;
            top = x >> 63;
        }

        ulong carry = 0;
        for (var i = 0; i < n; i++)
        {
            var hi = Math.BigMul(a[i], a[i], out var lo);
            var s0 = p[2 * i] + lo;
            var c0 = s0 < lo ? 1UL : 0UL;
            var s1 = s0 + carry;
            c0 += s1 < s0 ? 1UL : 0UL;
            p[2 * i] = s1;
            var t0 = p[(2 * i) + 1] + hi;
            var c1 = t0 < hi ? 1UL : 0UL;
            var t1 = t0 + c0;
            c1 += t1 < t0 ? 1UL : 0UL;
            p[(2 * i) + 1] = t1;
            carry = c1;
        }
    }

    /// <summary><paramref name="result"/> = floor(x² / 2^shift), keeping its low result.Length limbs; <paramref name="scratch"/> holds 2·x.Length limbs.</summary>
    public static void SquareShifted(ReadOnlySpan<ulong> x, int shift, Span<ulong> result, Span<ulong> scratch)
    {
        Square(x, scratch);
        ShiftRight(scratch[..(2 * x.Length)], shift, result);
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
        var available = Math.Clamp(x.Length - limbShift, 0, result.Length);
        if (bitShift == 0)
        {
            x.Slice(limbShift, available).CopyTo(result);
        }
        else
        {
            for (var i = 0; i < available; i++)
            {
                var k = i + limbShift;
                var high = k + 1 < x.Length ? x[k + 1] : 0UL;
                result[i] = (x[k] >> bitShift) | (high << (64 - bitShift));
            }
        }

        result[available..].Clear();
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
            a[i] = AddWithCarry(a[i], b[i], ref carry);
        }

        return Carry(a[i..], carry);
    }

    /// <summary>a + b + carry (carry 0 or 1), setting carry to the carry out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddWithCarry(ulong a, ulong b, ref ulong carry)
    {
        var s = a + carry;
        carry = s < carry ? 1UL : 0UL;
        var t = s + b;
        carry += t < s ? 1UL : 0UL;
        return t;
    }

    /// <summary>Adds <paramref name="carry"/> (0 or 1) into a's limbs from its first; returns the carry out of a's top limb.</summary>
    private static ulong Carry(Span<ulong> a, ulong carry)
    {
        for (var i = 0; carry != 0 && i < a.Length; i++)
        {
            a[i]++;
            carry = a[i] == 0 ? 1UL : 0UL;
        }

        return carry;
    }

    /// <summary>a += ⌊x / 2^shift⌋ (0 ≤ shift &lt; 64·x.Length), the shifted limbs made one at a time; returns whether any bit of x below 2^shift was cut.</summary>
    /// <remarks>A dot product's terms are a few limbs each: shifting into a buffer, scanning it for the cut bits and adding it were three passes and a copy.</remarks>
    public static bool AddShiftedRight(Span<ulong> a, ReadOnlySpan<ulong> x, int shift)
    {
        var limbShift = shift >> 6;
        var bitShift = shift & 63;
        var cut = false;
        for (var i = 0; i < limbShift; i++)
        {
            cut |= x[i] != 0;
        }

        if (bitShift != 0)
        {
            cut |= (x[limbShift] & ((1UL << bitShift) - 1)) != 0;
        }

        // Limbs of the shifted x beyond a's length are zero (a holds the sum), as in ShiftRight's clamp.
        ulong carry = 0;
        var n = Math.Min(x.Length - limbShift, a.Length);
        var j = 0;
        for (; j < n; j++)
        {
            var k = j + limbShift;
            var limb = bitShift == 0 ? x[k] : (x[k] >> bitShift) | (k + 1 < x.Length ? x[k + 1] << (64 - bitShift) : 0UL);
            a[j] = AddWithCarry(a[j], limb, ref carry);
        }

        Carry(a[j..], carry);
        return cut;
    }

    /// <summary>a −= b (b no longer than a, b ≤ a); returns the borrow out of a's top limb (zero when b ≤ a).</summary>
    public static ulong Subtract(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong borrow = 0;
        var i = 0;
        for (; i < b.Length; i++)
        {
            var x = a[i];
            var d = x - b[i];
            var next = x < b[i] ? 1UL : 0UL;
            var e = d - borrow;
            next += d < borrow ? 1UL : 0UL;
            a[i] = e;
            borrow = next;
        }

        for (; borrow != 0 && i < a.Length; i++)
        {
            borrow = a[i] == 0 ? 1UL : 0UL;
            a[i]--;
        }

        return borrow;
    }

    /// <summary>Compares a and b as integers (either may carry high zero limbs).</summary>
    public static int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (var i = Math.Max(a.Length, b.Length) - 1; i >= 0; i--)
        {
            var x = i < a.Length ? a[i] : 0UL;
            var y = i < b.Length ? b[i] : 0UL;
            if (x != y)
            {
                return x < y ? -1 : 1;
            }
        }

        return 0;
    }

    /// <summary>Whether any of the low <paramref name="bits"/> bits of x is set.</summary>
    public static bool AnyBelow(ReadOnlySpan<ulong> x, long bits)
    {
        var whole = (int)Math.Min(x.Length, bits >> 6);
        if (x[..whole].IndexOfAnyExcept(0UL) >= 0)
        {
            return true;
        }

        var rest = (int)(bits & 63);
        return whole < x.Length && rest > 0 && (x[whole] & ((1UL << rest) - 1)) != 0;
    }

    /// <summary>Möller and Granlund's reciprocal ⌊(2^128 − 1)/d′⌋ − 2^64 of a normalised divisor, cached for the small divisors the series use.</summary>
    /// <remarks>A 128-bit division costs more than dividing a few limbs; a term of a series divides by 2, 3, 4, … every time.</remarks>
    private static ulong Inverse(uint d, ulong normalised)
    {
        if (d >= (uint)Inverses.Length)
        {
            return (ulong)(UInt128.MaxValue / normalised);
        }

        var known = Inverses[d];
        if (known == 0)
        {
            // Never 0 for a normalised divisor, so 0 means "not yet computed"; racing writers store the same value.
            known = (ulong)(UInt128.MaxValue / normalised);
            Inverses[d] = known;
        }

        return known;
    }

    /// <summary>a = floor(a / d) for 0 &lt; d &lt; 2^32, returning the remainder.</summary>
    /// <remarks>
    /// Möller and Granlund's division by an invariant word: d is shifted up to d′ = d·2^s with its top bit set, the
    /// dividend is read shifted by s on the fly, and each limb's quotient comes from one product with the reciprocal
    /// ⌊(2^128 − 1)/d′⌋ − 2^64 and at most two corrections.
    /// </remarks>
    public static ulong DivRem(Span<ulong> a, uint d)
    {
        if (a.IsEmpty)
        {
            return 0;
        }

        var s = BitOperations.LeadingZeroCount((ulong)d);
        var dn = (ulong)d << s;
        var inverse = Inverse(d, dn);
        var back = 64 - s;
        var rem = a[^1] >> back;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            var u0 = (a[i] << s) | (i > 0 ? a[i - 1] >> back : 0UL);
            a[i] = DivideTwoByOne(rem, u0, dn, inverse, out rem);
        }

        return rem >> s;
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
    public static void FromBigInteger(BigInteger x, Span<ulong> result) => FromMagnitude(x, result);

    /// <summary>Writes |x| into <paramref name="result"/> without allocating: the stored words copied (<see cref="BigIntegerBits"/>).</summary>
    public static void FromMagnitude(BigInteger x, Span<ulong> result)
    {
        if (BitConverter.IsLittleEndian)
        {
            BigIntegerBits.WriteMagnitude(x, result);
        }
        else
        {
            FromMagnitudePortable(x, result);
        }
    }

    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> x) => ToBigInteger(x, negative: false);

    /// <summary>±x as one <see cref="BigInteger"/>, the words copied once into the value's own array (<see cref="BigIntegerBits"/>).</summary>
    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> x, bool negative)
        => BitConverter.IsLittleEndian ? BigIntegerBits.FromMagnitude(x, negative) : ToBigIntegerPortable(x, negative);

    /// <summary>|x| into <paramref name="result"/> through the public byte conversion (two's complement for negative x): the reference <see cref="BigIntegerBits"/> is tested against.</summary>
    internal static void FromMagnitudePortable(BigInteger x, Span<ulong> result)
    {
        if (x.Sign >= 0)
        {
            result.Clear();
            if (!x.TryWriteBytes(MemoryMarshal.AsBytes(result), out _, isUnsigned: true, isBigEndian: false))
            {
                throw new ArgumentException("the value does not fit the limbs", nameof(x));
            }

            return;
        }

        // Two's complement needs a sign bit more than |x|: write it one limb wider, sign-extended, then negate.
        Span<ulong> wide = result.Length < 64 ? stackalloc ulong[result.Length + 1] : new ulong[result.Length + 1];
        var bytes = MemoryMarshal.AsBytes(wide);
        if (!x.TryWriteBytes(bytes, out var written, isUnsigned: false, isBigEndian: false))
        {
            throw new ArgumentException("the value does not fit the limbs", nameof(x));
        }

        bytes[written..].Fill(0xFF);
        ulong carry = 1;
        for (var i = 0; i < result.Length; i++)
        {
            var v = ~wide[i] + carry;
            carry = carry != 0 && v == 0 ? 1UL : 0UL;
            result[i] = v;
        }
    }

    /// <summary>±x through the public byte constructor (two's complement for negative x): the reference <see cref="BigIntegerBits"/> is tested against.</summary>
    internal static BigInteger ToBigIntegerPortable(ReadOnlySpan<ulong> x, bool negative)
    {
        if (!negative)
        {
            return new(MemoryMarshal.AsBytes(x), isUnsigned: true, isBigEndian: false);
        }

        var length = x.Length + 1;
        ulong[]? rented = null;
        var twos = length <= 256 ? stackalloc ulong[length] : (rented = System.Buffers.ArrayPool<ulong>.Shared.Rent(length)).AsSpan(0, length);
        ulong carry = 1;
        for (var i = 0; i < x.Length; i++)
        {
            var v = ~x[i] + carry;
            carry = carry != 0 && v == 0 ? 1UL : 0UL;
            twos[i] = v;
        }

        twos[^1] = carry != 0 ? 0UL : ulong.MaxValue;
        var value = new BigInteger(MemoryMarshal.AsBytes(twos), isUnsigned: false, isBigEndian: false);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>row += b · m over b.Length limbs (row at least as long); returns the carry limb.</summary>
    /// <remarks>The inner loop of every product: references instead of indexed spans, so no bounds check per limb.</remarks>
    private static ulong MultiplyAdd(Span<ulong> row, ReadOnlySpan<ulong> b, ulong m)
    {
        ulong carry = 0;
        if (row.Length < b.Length)
        {
            throw new ArgumentException("the row is shorter than the factor", nameof(row));
        }

        ref var r = ref MemoryMarshal.GetReference(row);
        ref var f = ref MemoryMarshal.GetReference(b);
        for (nint j = 0; j < b.Length; j++)
        {
            var hi = Math.BigMul(m, Unsafe.Add(ref f, j), out var lo);
            lo += carry;
            hi += lo < carry ? 1UL : 0UL;
            ref var target = ref Unsafe.Add(ref r, j);
            var sum = lo + target;
            hi += sum < lo ? 1UL : 0UL;
            target = sum;
            carry = hi;
        }

        return carry;
    }

    /// <summary>(u1·2^64 + u0) / d for a normalized d &gt; u1, by the reciprocal v (Möller–Granlund, algorithm 4).</summary>
    private static ulong DivideTwoByOne(ulong u1, ulong u0, ulong d, ulong v, out ulong r)
    {
        var q1 = Math.BigMul(v, u1, out var q0);
        q0 += u0;
        q1 += u1 + 1 + (q0 < u0 ? 1UL : 0UL);
        r = u0 - (q1 * d);
        if (r > q0)
        {
            q1--;
            r += d;
        }

        if (r >= d)
        {
            q1++;
            r -= d;
        }

        return q1;
    }
}
