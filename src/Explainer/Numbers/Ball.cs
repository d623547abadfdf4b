using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>A certified enclosure <c>[Mid·2^Exp − Rad, Mid·2^Exp + Rad]</c> of a real number (ball arithmetic).</summary>
/// <remarks>
/// Every operation returns a ball that contains every result of the operation applied to points of its
/// operand balls. The midpoint is kept to about <c>prec</c> bits; the rounding error is added to the radius.
/// </remarks>
[SkipLocalsInit]
internal readonly partial struct Ball
{
    private static readonly CachedRational?[] RationalCache = new CachedRational?[4096];

    public readonly BigInteger Mid;
    public readonly long Exp;
    public readonly Mag Rad;

    public Ball(BigInteger mid, long exp, Mag rad)
    {
        Mid = mid;
        Exp = mid.IsZero ? 0 : exp;
        Rad = rad;
    }

    public static Ball Zero => default;

    public static Ball One => new(BigInteger.One, 0, Mag.Zero);

    public bool IsExact => Rad.IsZero;

    public bool IsInfinite => Rad.IsInfinite;

    /// <summary>Bit length of |Mid|.</summary>
    public long MidBits => BitLength(Mid);

    /// <summary>An estimate of log2 of the largest |x| in the ball; not a bound.</summary>
    public double Log2Magnitude
    {
        get
        {
            var m = Mid.IsZero ? double.NegativeInfinity : MidBits + Exp;
            return Math.Max(m, Rad.Log2Estimate());
        }
    }

    /// <summary>An upper bound on |x| for every x in the ball.</summary>
    public Mag UpperMagnitude => Mag.UpperBound(Mid, Exp) + Rad;

    public static long BitLength(BigInteger x) => Mag.BitLength(x);

    /// <summary>A ball around an exact dyadic value, with the given extra radius, midpoint rounded to <paramref name="prec"/> bits.</summary>
    /// <exception cref="RealLimitException">The midpoint is beyond <see cref="RealLimits.MaxBinaryExponent"/> (checked before an
    /// unbounded radius is accepted: a radius overflows only after the midpoint it belongs to).</exception>
    public static Ball Create(BigInteger mid, long exp, Mag rad, int prec)
    {
        var bits = BitLength(mid);
        if (!mid.IsZero && Math.Abs(exp + bits) > RealLimits.MaxBinaryExponent)
        {
            throw RealLimitException.Magnitude(exp + bits);
        }

        if (rad.IsInfinite)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        if (bits > prec)
        {
            var shift = (int)(bits - prec);
            mid >>= shift;
            exp += shift;
            rad += Mag.Pow2(exp);
        }

        return new Ball(mid, exp, rad);
    }

    public static Ball FromInteger(BigInteger value) => new(value, 0, Mag.Zero);

    /// <summary>A ball around ±x·2^exp, x a magnitude on limbs (overwritten), with the given extra radius, midpoint truncated to <paramref name="prec"/> bits on the limbs.</summary>
    /// <remarks>The one <see cref="BigInteger"/> the result needs is made last, at its final size: nothing else allocates.</remarks>
    /// <exception cref="RealLimitException">The midpoint is beyond <see cref="RealLimits.MaxBinaryExponent"/>.</exception>
    public static Ball FromLimbs(Span<ulong> x, bool negative, long exp, Mag rad, int prec)
    {
        var bits = Limbs.BitLength(x);
        if (bits == 0)
        {
            return rad.IsInfinite ? new Ball(BigInteger.Zero, 0, Mag.Infinity) : new Ball(BigInteger.Zero, 0, rad);
        }

        if (Math.Abs(exp + bits) > RealLimits.MaxBinaryExponent)
        {
            throw RealLimitException.Magnitude(exp + bits);
        }

        if (rad.IsInfinite)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        if (bits > prec)
        {
            var shift = bits - prec;
            var lost = Limbs.AnyBelow(x, shift);
            Limbs.ShiftRight(x, (int)shift, x);
            exp += shift;
            if (lost)
            {
                rad += Mag.Pow2(exp);
            }

            bits = prec;
        }

        return new Ball(Limbs.ToBigInteger(x[..Limbs.For(bits)], negative), exp, rad);
    }

    /// <summary>A ball containing <c>num / den</c> (den &gt; 0).</summary>
    public static Ball FromRational(BigInteger num, BigInteger den, int prec)
    {
        if (num.IsZero)
        {
            return Zero;
        }

        if (den.IsOne)
        {
            return Create(num, 0, Mag.Zero, prec);
        }

        if (den.IsPowerOfTwo)
        {
            return Create(num, -(long)(den.GetBitLength() - 1), Mag.Zero, prec);
        }

        var shift = prec + (long)den.GetBitLength() - BitLength(num) + 2;
        if (shift < 0)
        {
            shift = 0;
        }

        if (den <= uint.MaxValue && shift + BitLength(num) <= 64 * 64)
        {
            // Decimal data (0.05, 0.15, …) meets every operation at the same precision: keep the last few conversions.
            var slot = (HashCode.Combine(num, den, prec) & int.MaxValue) % RationalCache.Length;
            if (RationalCache[slot] is { } hit && hit.Prec == prec && hit.Num == num && hit.Den == den)
            {
                return hit.Value;
            }

            var ball = FromSmallDenominator(num, (uint)den, (int)shift, prec);
            RationalCache[slot] = new CachedRational(num, den, prec, ball);
            return ball;
        }

        var q = BigInteger.DivRem(num << (int)shift, den, out var rem);
        var rad = rem.IsZero ? Mag.Zero : Mag.Pow2(-shift);
        return Create(q, -shift, rad, prec);
    }

    public Ball Negate() => new(-Mid, Exp, Rad);

    /// <summary>num·2^shift / den by a one-word division on limbs: the same floor and radius as the general case, without its long division.</summary>
    private static Ball FromSmallDenominator(BigInteger num, uint den, int shift, int prec)
    {
        var limbs = Limbs.For(shift + BitLength(num));
        Span<ulong> x = stackalloc ulong[limbs];
        Limbs.FromMagnitude(num, x);
        Limbs.ShiftLeft(x, shift, x);
        var rem = Limbs.DivRem(x, den);
        var rad = rem == 0 ? Mag.Zero : Mag.Pow2(-shift);

        // Truncated to prec bits on the limbs, and the one BigInteger made at its final size with its sign.
        return FromLimbs(x, num.Sign < 0, -shift, rad, prec);
    }

    public Ball Abs() => Mid.Sign >= 0 ? this : Negate();

    public Ball MulPow2(long k) => new(Mid, Exp + k, Rad.MulPow2(k));

    public Ball AddError(Mag err) => new(Mid, Exp, Rad + err);

    public Ball Round(int prec) => Create(Mid, Exp, Rad, prec);

    /// <summary>True when every point of the ball is positive.</summary>
    public bool IsPositive => Mid.Sign > 0 && Compare(Mag.LowerBound(Mid, Exp), Rad) > 0;

    /// <summary>True when every point of the ball is negative.</summary>
    public bool IsNegative => Mid.Sign < 0 && Compare(Mag.LowerBound(Mid, Exp), Rad) > 0;

    public static Ball Add(Ball a, Ball b, int prec)
    {
        if (a.IsInfinite || b.IsInfinite)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        if (b.Mid.IsZero)
        {
            return Create(a.Mid, a.Exp, a.Rad + b.Rad, prec);
        }

        if (a.Mid.IsZero)
        {
            return Create(b.Mid, b.Exp, a.Rad + b.Rad, prec);
        }

        var topA = a.MidBits + a.Exp;
        var topB = b.MidBits + b.Exp;
        if (topB < topA - prec - 4 && topB < a.Exp)
        {
            return Create(a.Mid, a.Exp, a.Rad + b.Rad + Mag.UpperBound(b.Mid, b.Exp), prec);
        }

        if (topA < topB - prec - 4 && topA < b.Exp)
        {
            return Create(b.Mid, b.Exp, a.Rad + b.Rad + Mag.UpperBound(a.Mid, a.Exp), prec);
        }

        var exp = Math.Min(a.Exp, b.Exp);
        var width = Limbs.For(Math.Max(a.MidBits + a.Exp, b.MidBits + b.Exp) - exp + 1);
        if (width <= AddStackLimbs)
        {
            return AddOnLimbs(a, b, exp, width, prec);
        }

        var mid = (a.Mid << (int)(a.Exp - exp)) + (b.Mid << (int)(b.Exp - exp));
        return Create(mid, exp, a.Rad + b.Rad, prec);
    }

    /// <summary>The most limbs an aligned sum takes on the stack; wider sums (thousands of digits) add as <see cref="BigInteger"/>s.</summary>
    private const int AddStackLimbs = 128;

    /// <summary>a + b with both midpoints aligned at 2^exp on <paramref name="width"/> limbs: the one <see cref="BigInteger"/> made is the result's.</summary>
    /// <remarks>Shifting and adding <see cref="BigInteger"/>s made three or four arrays a sum (168 bytes at 200 bits).</remarks>
    private static Ball AddOnLimbs(in Ball a, in Ball b, long exp, int width, int prec)
    {
        Span<ulong> buffer = stackalloc ulong[3 * width];
        var x = buffer[..width];
        var y = buffer.Slice(width, width);
        var scratch = buffer[(2 * width)..];
        Aligned(a, exp, scratch, x);
        Aligned(b, exp, scratch, y);
        var negative = a.Mid.Sign < 0;
        var rad = a.Rad + b.Rad;
        if (negative == b.Mid.Sign < 0)
        {
            Limbs.Add(x, y);
        }
        else
        {
            var order = Limbs.Compare(x, y);
            if (order == 0)
            {
                return rad.IsInfinite ? new Ball(BigInteger.Zero, 0, Mag.Infinity) : new Ball(BigInteger.Zero, 0, rad);
            }

            if (order > 0)
            {
                Limbs.Subtract(x, y);
            }
            else
            {
                Limbs.Subtract(y, x);
                x = y;
                negative = !negative;
            }
        }

        return FromLimbs(x, negative, exp, rad, prec);
    }

    /// <summary>|ball.Mid|·2^(ball.Exp − exp) into <paramref name="result"/>, through <paramref name="scratch"/>.</summary>
    private static void Aligned(in Ball ball, long exp, Span<ulong> scratch, Span<ulong> result)
    {
        var limbs = scratch[..Limbs.For(ball.MidBits)];
        Limbs.FromMagnitude(ball.Mid, limbs);
        Limbs.ShiftLeft(limbs, (int)(ball.Exp - exp), result);
    }

    public static Ball Sub(Ball a, Ball b, int prec) => Add(a, b.Negate(), prec);

    public static Ball Mul(Ball a, Ball b, int prec)
    {
        var rad = Mag.Zero;
        if (!b.Rad.IsZero)
        {
            rad = (Mag.UpperBound(a.Mid, a.Exp) * b.Rad) + (a.Rad * b.Rad);
        }

        if (!a.Rad.IsZero)
        {
            rad += Mag.UpperBound(b.Mid, b.Exp) * a.Rad;
        }

        return Create(Limbs.Multiply(a.Mid, b.Mid), a.Exp + b.Exp, rad, prec);
    }

    /// <summary>Multiplies by a small exact integer.</summary>
    public static Ball MulInt(Ball a, long k, int prec)
        => Create(a.Mid * k, a.Exp, a.Rad * Mag.Create((ulong)Math.Abs(k), 0), prec);

    /// <summary>Divides by a small positive exact integer.</summary>
    public static Ball DivInt(Ball a, ulong k, int prec)
    {
        var shift = Math.Max(0, prec + 66 - a.MidBits);
        var q = BigInteger.DivRem(a.Mid << (int)shift, k, out var rem);
        var rad = Mag.Divide(a.Rad, Mag.LowerBound(new BigInteger(k), 0));
        if (!rem.IsZero)
        {
            rad += Mag.Pow2(a.Exp - shift);
        }

        return Create(q, a.Exp - shift, rad, prec);
    }

    public static Ball Div(Ball a, Ball b, int prec)
    {
        if (a.IsInfinite || b.IsInfinite || b.Mid.IsZero)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        // A lower bound of |b| over the ball; the quotient is unbounded when the ball holds zero.
        var absB = Mag.LowerBound(b.Mid, b.Exp);
        var low = Mag.SubtractLower(absB, b.Rad);
        if (low.IsZero)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        var shift = Math.Max(0, prec + b.MidBits - a.MidBits + 2);
        var q = BigInteger.DivRem(a.Mid << (int)shift, b.Mid, out var rem);
        var exp = a.Exp - b.Exp - shift;

        // |a/b − am/bm| ≤ (|am|·rb + |bm|·ra) / (|bm| · (|bm| − rb)).
        var rad = Mag.Zero;
        if (!a.Rad.IsZero || !b.Rad.IsZero)
        {
            var num = (Mag.UpperBound(a.Mid, a.Exp) * b.Rad) + (Mag.UpperBound(b.Mid, b.Exp) * a.Rad);
            var den = LowerProduct(absB, low);
            rad = Mag.Divide(num, den);
        }

        if (!rem.IsZero)
        {
            rad += Mag.Pow2(exp);
        }

        return Create(q, exp, rad, prec);
    }

    /// <summary>A ball holding |x| ≤ bound: mid 0, radius bound.</summary>
    public static Ball Enclosing(Mag bound) => new(BigInteger.Zero, 0, bound);

    /// <summary>Compares a lower bound with an upper bound; both exact dyadics.</summary>
    private static int Compare(Mag a, Mag b)
    {
        if (b.IsInfinite)
        {
            return -1;
        }

        if (a.IsZero)
        {
            return b.IsZero ? 0 : -1;
        }

        if (b.IsZero)
        {
            return 1;
        }

        var ea = a.Exp + BitOperations.Log2(a.Man);
        var eb = b.Exp + BitOperations.Log2(b.Man);
        if (ea != eb)
        {
            return ea.CompareTo(eb);
        }

        var e = Math.Min(a.Exp, b.Exp);
        var ma = new BigInteger(a.Man) << (int)(a.Exp - e);
        var mb = new BigInteger(b.Man) << (int)(b.Exp - e);
        return ma.CompareTo(mb);
    }

    private static Mag LowerProduct(Mag a, Mag b)
    {
        // Lower bound of a product of lower bounds: truncate instead of rounding up.
        var p = a.Man * b.Man;
        var shift = p == 0 ? 0 : Math.Max(0, 64 - BitOperations.LeadingZeroCount(p) - 32);
        return Mag.LowerBound(new BigInteger(p >> shift), a.Exp + b.Exp + shift);
    }

    /// <summary>A conversion of num/den at a precision; entries are immutable, so a racing reader sees a whole one or none.</summary>
    private sealed record CachedRational(BigInteger Num, BigInteger Den, int Prec, Ball Value);
}
