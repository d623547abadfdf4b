using System.Numerics;

namespace Explainer.Numbers;

/// <summary>An upper bound on a non-negative magnitude: <c>Man · 2^Exp</c>, with a 32-bit mantissa.</summary>
/// <remarks>
/// Every operation rounds upward, so a <see cref="Mag"/> computed from other bounds is still a bound
/// (the radius type of ball arithmetic, like Arb's <c>mag_t</c>). <see cref="Infinity"/> absorbs everything.
/// </remarks>
internal readonly struct Mag
{
    private const int MantissaBits = 32;
    private const ulong MantissaLimit = 1UL << MantissaBits;

    public readonly ulong Man;
    public readonly long Exp;

    private Mag(ulong man, long exp)
    {
        Man = man;
        Exp = exp;
    }

    public static Mag Zero => default;

    public static Mag Infinity => new(1, long.MaxValue);

    public bool IsZero => Man == 0;

    public bool IsInfinite => Exp == long.MaxValue;

    /// <summary>The bound <c>2^exp</c>.</summary>
    public static Mag Pow2(long exp) => new(1, exp);

    /// <summary>Rounds <c>man · 2^exp</c> up to a 32-bit mantissa.</summary>
    public static Mag Create(ulong man, long exp)
    {
        if (man == 0)
        {
            return Zero;
        }

        if (man >= MantissaLimit)
        {
            var shift = 64 - BitOperations.LeadingZeroCount(man) - MantissaBits;
            var lost = (man & ((1UL << shift) - 1)) != 0;
            man = (man >> shift) + (lost ? 1UL : 0UL);
            exp += shift;
            if (man >= MantissaLimit)
            {
                man >>= 1;
                exp++;
            }
        }

        return CheckRange(man, exp);
    }

    /// <summary>An upper bound on <c>|x| · 2^exp</c>.</summary>
    /// <remarks>Reads the top 30 bits by an arithmetic shift, which floors: −⌊x/2^s⌋ = ⌈|x|/2^s⌉ for x &lt; 0, so nothing allocates.</remarks>
    public static Mag UpperBound(BigInteger x, long exp)
    {
        if (x.IsZero)
        {
            return Zero;
        }

        var bits = BitLength(x);
        if (bits <= 62)
        {
            var v = (long)x;
            return Create(v < 0 ? (ulong)-v : (ulong)v, exp);
        }

        if (bits <= 64 * 64)
        {
            // The top bits from a stack copy: a shift would allocate a BigInteger as long as x.
            Span<ulong> limbs = stackalloc ulong[Limbs.For(bits)];
            Limbs.FromMagnitude(x, limbs);
            return Limbs.UpperBound(limbs, exp);
        }

        var shift = (int)(bits - 30);
        var top = (long)(x >> shift);
        return Create(top < 0 ? (ulong)-top : (ulong)top + 1, exp + shift);
    }

    /// <summary>A lower bound on <c>|x| · 2^exp</c> (rounded down).</summary>
    public static Mag LowerBound(BigInteger x, long exp)
    {
        if (x.IsZero)
        {
            return Zero;
        }

        var bits = BitLength(x);
        if (bits <= 62)
        {
            var v = (long)x;
            return CreateLower(v < 0 ? (ulong)-v : (ulong)v, exp);
        }

        if (bits <= 64 * 64)
        {
            Span<ulong> limbs = stackalloc ulong[Limbs.For(bits)];
            Limbs.FromMagnitude(x, limbs);
            var s = (int)(bits - 63);
            var limb = s >> 6;
            var bit = s & 63;
            var top63 = bit == 0 ? limbs[limb] : (limbs[limb] >> bit) | (limb + 1 < limbs.Length ? limbs[limb + 1] << (64 - bit) : 0UL);
            return CreateLower(top63, exp + s);
        }

        var shift = (int)(bits - 30);
        var top = (long)(x >> shift);
        return CreateLower(top < 0 ? (ulong)(-top - 1) : (ulong)top, exp + shift);
    }

    /// <summary>The bit length of |x|, without allocating for negative x (<see cref="BigIntegerBits.MagnitudeBitLength"/>).</summary>
    public static long BitLength(BigInteger x) => BigIntegerBits.MagnitudeBitLength(x);

    public static Mag operator +(Mag a, Mag b)
    {
        if (a.IsZero)
        {
            return b;
        }

        if (b.IsZero)
        {
            return a;
        }

        if (a.IsInfinite || b.IsInfinite)
        {
            return Infinity;
        }

        if (a.Exp < b.Exp)
        {
            (a, b) = (b, a);
        }

        // a's mantissa widened to 32 bits first, so that a unit of its last place is as small as it can be
        // (2 + tiny is then 2·(1 + 2^−31), not 3).
        var widen = BitOperations.LeadingZeroCount(a.Man) - (64 - MantissaBits);
        var man = a.Man << widen;
        var exp = a.Exp - widen;
        var diff = exp - b.Exp;
        if (diff >= MantissaBits)
        {
            // b < 2^(b.Exp + 32) ≤ 2^exp: one unit of the last place covers it.
            return Create(man + 1, exp);
        }

        if (diff < 0)
        {
            return Create((b.Man << (int)-diff) + man, exp);
        }

        return Create((man << (int)diff) + b.Man, b.Exp);
    }

    /// <summary>A lower bound on a − b for a lower bound a and an upper bound b; zero when b may reach a.</summary>
    public static Mag SubtractLower(Mag a, Mag b)
    {
        if (b.IsZero || a.IsZero)
        {
            return a;
        }

        if (b.IsInfinite)
        {
            return Zero;
        }

        if (b.Exp - a.Exp >= MantissaBits)
        {
            // a < 2^(a.Exp + 32) ≤ 2^b.Exp ≤ b.
            return Zero;
        }

        long e;
        ulong am;
        ulong bm;
        if (a.Exp - b.Exp > MantissaBits)
        {
            // Work in units of 2^(a.Exp − 32), with b rounded up to them.
            e = a.Exp - MantissaBits;
            am = a.Man << MantissaBits;
            var d = e - b.Exp;
            bm = (d >= 64 ? 0 : b.Man >> (int)d) + 1;
        }
        else
        {
            e = Math.Min(a.Exp, b.Exp);
            am = a.Man << (int)(a.Exp - e);
            bm = b.Man << (int)(b.Exp - e);
        }

        return am <= bm ? Zero : CreateLower(am - bm, e);
    }

    public static Mag operator *(Mag a, Mag b)
    {
        if (a.IsZero || b.IsZero)
        {
            return Zero;
        }

        if (a.IsInfinite || b.IsInfinite)
        {
            return Infinity;
        }

        return Create(a.Man * b.Man, a.Exp + b.Exp);
    }

    /// <summary>An upper bound on <c>a / b</c>, where <paramref name="b"/> is a lower bound of the divisor.</summary>
    public static Mag Divide(Mag a, Mag b)
    {
        if (a.IsZero)
        {
            return Zero;
        }

        if (b.IsZero || a.IsInfinite)
        {
            return Infinity;
        }

        var q = ((a.Man << 30) / b.Man) + 1;
        return Create(q, a.Exp - b.Exp - 30);
    }

    public Mag MulPow2(long k) => IsZero || IsInfinite ? this : CheckRange(Man, Exp + k);

    /// <summary>The bound as a number of units of <c>2^exp</c>, rounded up; null when it is too large to be useful.</summary>
    public BigInteger? ToUnits(long exp, int maxBits)
    {
        if (IsZero)
        {
            return BigInteger.Zero;
        }

        if (IsInfinite)
        {
            return null;
        }

        var shift = Exp - exp;
        if (shift >= 0)
        {
            return shift + MantissaBits > maxBits ? null : new BigInteger(Man) << (int)shift;
        }

        if (shift <= -64)
        {
            return BigInteger.One;
        }

        var s = (int)-shift;
        var q = s >= 64 ? 0 : Man >> s;
        return new BigInteger(q + 1);
    }

    /// <summary>Whether the bound is at most 2^k (decided conservatively: false when in doubt).</summary>
    public bool IsAtMostPow2(long k) => IsZero || (!IsInfinite && 64 - BitOperations.LeadingZeroCount(Man) + Exp <= k);

    /// <summary>Approximate base-2 logarithm, for choosing precisions; not a bound.</summary>
    public double Log2Estimate() => IsZero ? double.NegativeInfinity : Math.Log2(Man) + Exp;

    /// <summary>Rounds <c>man · 2^exp</c> down to a 32-bit mantissa (zero below the smallest magnitude).</summary>
    private static Mag CreateLower(ulong man, long exp)
    {
        var shift = 64 - BitOperations.LeadingZeroCount(man) - MantissaBits;
        if (shift > 0)
        {
            man >>= shift;
            exp += shift;
        }

        return exp < -RealLimits.MaxBinaryExponent ? Zero : new Mag(man, Math.Min(exp, RealLimits.MaxBinaryExponent));
    }

    private static Mag CheckRange(ulong man, long exp)
    {
        if (exp > RealLimits.MaxBinaryExponent)
        {
            return Infinity;
        }

        if (exp < -RealLimits.MaxBinaryExponent)
        {
            // Below every representable magnitude: keep the smallest positive bound.
            return new Mag(1, -RealLimits.MaxBinaryExponent);
        }

        return new Mag(man, exp);
    }
}
