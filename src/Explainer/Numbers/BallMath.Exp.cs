using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

[SkipLocalsInit]
internal static partial class BallMath
{
    private const double Ln2Double = 0.6931471805599453;

    public static Ball Exp(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var y = ExpPoint(Point(x), prec);
        return x.Rad.IsZero ? y : y.AddError(y.UpperMagnitude * ExpM1Bound(x.Rad));
    }

    /// <summary>exp(x) − 1, accurate relative to its own size when x is small.</summary>
    public static Ball ExpM1(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var y = ExpM1Point(Point(x), prec);
        if (x.Rad.IsZero)
        {
            return y;
        }

        // |d/dt (e^t − 1)| = e^t ≤ e^m · e^r, with e^m ≤ |y| + 1.
        var em = y.UpperMagnitude + Mag.Pow2(0);
        return y.AddError(em * ExpM1Bound(x.Rad));
    }

    /// <remarks>
    /// tanh|x| = u / (u + 2) with u = expm1(2|x|), with the sign of x; for 2|x| ≥ (prec + 12)·ln 2 it is 1 − δ with
    /// 0 &lt; δ &lt; 2e^(−2|x|) &lt; 2^−(prec+8). |tanh′| ≤ 1.
    /// </remarks>
    public static Ball Tanh(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var m = Point(x);
        if (m.Mid.IsZero)
        {
            return Ball.Enclosing(x.Rad);
        }

        var a = m.Abs();
        Ball y;
        if (ToDouble(a) > (prec + 12) * 0.35)
        {
            y = Ball.One.AddError(Mag.Pow2(-(prec + 8)));
            if (AllBeyond(x, (prec + 12) * 0.35))
            {
                // Every point of the ball is as far out: each tanh is within the same 2^−(prec+8) of ±1 (x's radius adds nothing).
                return m.Mid.Sign < 0 ? y.Negate() : y;
            }
        }
        else
        {
            var w = prec + 8;
            var u = ExpM1Point(a.MulPow2(1), w);
            y = Ball.Div(u, Ball.Add(u, Ball.FromInteger(2), w), prec);
        }

        if (m.Mid.Sign < 0)
        {
            y = y.Negate();
        }

        return y.AddError(x.Rad);
    }

    /// <remarks>σ(x) = 1 / (1 + exp(−x)), one division; |σ′| ≤ 1/4.</remarks>
    public static Ball Sigmoid(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var m = Point(x);
        if (m.Mid.Sign > 0 && m.Exp + m.MidBits is var top && top > 7 && Math.ScaleB(1.0, (int)Math.Min(top - 1, 1 << 20)) > (prec + 8) * 0.7)
        {
            // x ≥ 2^(top−1) ≥ 128, read off the exponent (nothing allocated on this hot path);
            // σ(x) = 1 − δ with 0 < δ < e^(−x) < 2^−(prec+8): no exp of an argument beyond its limit. When every point of
            // the ball is as far out, each σ is within the same bound of 1 and x's radius adds nothing.
            var tail = Mag.Pow2(-(prec + 8));
            return Ball.One.AddError(AllBeyond(x, (prec + 8) * 0.7) ? tail : tail + x.Rad.MulPow2(-2));
        }

        var w = prec + 4;
        var e = ExpPoint(m.Negate(), w);
        var y = Ball.Div(Ball.One, Ball.Add(Ball.One, e, w), prec);
        return y.AddError(m.Mid.Sign < 0 ? RelativeSlope(y, x.Rad, x.Rad.MulPow2(-2)) : x.Rad.MulPow2(-2));
    }

    /// <summary>The smaller of an absolute bound and |y|·(e^r − 1), which bounds |f(t) − f(m)| when f′ ≤ f·e^r nearby (the left tails).</summary>
    /// <remarks>σ(m ± r)/σ(m) and softplus′/softplus stay within e^r, so far in the left tail the radius stays relative to the value.</remarks>
    private static Mag RelativeSlope(Ball y, Mag r, Mag absolute)
    {
        if (r.IsZero)
        {
            return r;
        }

        var relative = y.UpperMagnitude * ExpM1Bound(r);
        return relative.Log2Estimate() < absolute.Log2Estimate() ? relative : absolute;
    }

    /// <summary>Whether every point of the ball has |t| &gt; <paramref name="threshold"/> (decided conservatively).</summary>
    private static bool AllBeyond(Ball x, double threshold)
    {
        var low = Mag.SubtractLower(Mag.LowerBound(x.Mid, x.Exp), x.Rad);
        return !low.IsZero && low.Log2Estimate() > Math.Log2(threshold) + 0.01;
    }

    /// <remarks>
    /// softplus(x) = log(1 + eˣ) = log1p(eˣ) for x ≤ 0 (no rounding of 1 + eˣ to 1 in the left tail), and
    /// x + log1p(e^(−x)) for x &gt; 0, where 0 &lt; log1p(e^(−x)) &lt; e^(−x) &lt; 2^−(prec+8) once x &gt; 0.7·(prec + 8).
    /// |softplus′| = σ ≤ 1.
    /// </remarks>
    public static Ball Softplus(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var m = Point(x);
        var w = prec + 8;
        Ball y;
        if (m.Mid.Sign <= 0)
        {
            // softplus′ = σ ≤ softplus here, and σ(m + r) ≤ σ(m)·e^r: the radius stays relative to the value.
            y = Log1p(ExpPoint(m, w), prec);
            return y.AddError(RelativeSlope(y, x.Rad, x.Rad));
        }
        else if (ToDouble(m) > (prec + 8) * 0.7)
        {
            y = Ball.Create(m.Mid, m.Exp, Mag.Pow2(-(prec + 8)), prec);
        }
        else
        {
            y = Ball.Add(m, Log1p(ExpPoint(m.Negate(), w), w), prec);
        }

        return y.AddError(x.Rad);
    }

    /// <summary>A bound on e^r − 1 for a radius r.</summary>
    private static Mag ExpM1Bound(Mag r)
    {
        if (r.Log2Estimate() < -2)
        {
            // e^r − 1 ≤ r e^r ≤ 2r for r ≤ 1/2.
            return r.MulPow2(1);
        }

        if (r.Log2Estimate() > 36)
        {
            return Mag.Infinity;
        }

        var er = ExpPoint(new Ball(new BigInteger(r.Man), r.Exp, Mag.Zero), 32).UpperMagnitude;
        return r * er;
    }

    /// <summary>exp of an exact dyadic m.</summary>
    /// <remarks>
    /// exp(m) = 2ⁿ (1 + expm1(r)) with n = ⌊m / ln 2⌋ and r = m − n ln 2 ∈ [0, 3/4), r in fixed point from a cached
    /// ln 2 (within ρ ≤ 2 units, see <see cref="ReduceByLn2"/>), expm1 by <see cref="ExpSeries"/>, or exp by
    /// <see cref="ExpBitBurst"/> from its <see cref="ExpBitBurst.MinBits"/> on; moving r by ρ moves exp(r) by under
    /// e^(3/4)·ρ &lt; 3ρ units.
    /// </remarks>
    private static Ball ExpPoint(Ball m, int prec)
    {
        if (m.Mid.IsZero)
        {
            return Ball.One;
        }

        if (m.MidBits + m.Exp < -(prec + 8))
        {
            // |eᵐ − 1| ≤ 2|m| < 2^−(prec+7): the reduction below would shift m by its leading zeros, however many.
            return Ball.One.AddError(Mag.UpperBound(m.Mid, m.Exp).MulPow2(1));
        }

        var approx = ToDouble(m);
        if (Math.Abs(approx) > RealLimits.MaxExpArgument)
        {
            throw RealLimitException.ExpArgument();
        }

        var limbs = Limbs.For(prec + ExpSeries.GuardBits(prec) + 2);
        var w = (64 * limbs) - 2;
        var n = (long)Math.Floor(approx / Ln2Double);
        var threeQuarters = BigInteger.One << (w - 2);
        threeQuarters *= 3;
        BigInteger r;
        Mag rho;
        while (true)
        {
            r = ReduceByLn2(m, n, w, out rho);
            if (r.Sign < 0)
            {
                n--;
            }
            else if (r >= threeQuarters)
            {
                n++;
            }
            else
            {
                break;
            }
        }

        if (w >= ExpBitBurst.MinBits)
        {
            var burst = ExpBitBurst.Exp(r, w, out var burstError);
            return Ball.Create(burst, n - w, (burstError + (rho * Mag.Create(3, 0))).MulPow2(n - w), prec);
        }

        Span<ulong> buffer = limbs <= 64 ? stackalloc ulong[2 * limbs] : new ulong[2 * limbs];
        var x = buffer[..limbs];
        var t = buffer[limbs..];
        Limbs.FromBigInteger(r, x);
        var error = ExpSeries.ExpM1(x, w, t) + (rho * Mag.Create(3, 0));
        var mid = Limbs.ToBigInteger(t) + (BigInteger.One << w);
        return Ball.Create(mid, n - w, error.MulPow2(n - w), prec);
    }

    /// <summary>r = m − n·ln 2 as an integer count of 2^−w, within <paramref name="rho"/> units.</summary>
    /// <remarks>
    /// Computed at g = bits(n) + 3 extra bits: m·2^(w+g) (floored if it has more bits: one unit) minus n times ln 2
    /// (within 2 units each), then floored by 2^g: ρ ≤ (1 + 2|n|)/2^g + 1 &lt; 2.
    /// </remarks>
    internal static BigInteger ReduceByLn2(Ball m, long n, int w, out Mag rho)
    {
        var g = n == 0 ? 0 : 67 - BitOperations.LeadingZeroCount((ulong)Math.Abs(n));
        var shift = m.Exp + w + g;
        var scaled = shift >= 0 ? m.Mid << (int)shift : m.Mid >> (int)-shift;
        var units = shift >= 0 ? 0UL : 1UL;
        if (n != 0)
        {
            var (ln2, ln2Error) = Constants.Ln2Fixed(w + g);
            scaled -= n * ln2;
            units += (ulong)Math.Abs(n) * ln2Error;
        }

        rho = Mag.Create(units, -g) + (g > 0 ? Mag.Pow2(0) : Mag.Zero);
        return scaled >> g;
    }

    /// <summary>exp(m) − 1 for an exact dyadic m, relative to its own size.</summary>
    /// <remarks>
    /// For |m| &lt; 1/2 with m &gt; 0 by <see cref="ExpSeries"/> at a scale that keeps prec bits of m; for m &lt; 0,
    /// expm1(m) = −u / (1 + u) with u = expm1(−m); for tiny |m|, expm1(m) ∈ m + [0, m²]. Beyond 1/2, exp(m) − 1
    /// loses under 2 bits to cancellation.
    /// </remarks>
    private static Ball ExpM1Point(Ball m, int prec)
    {
        if (m.Mid.IsZero)
        {
            return Ball.Zero;
        }

        var top = m.MidBits + m.Exp;
        if (top > -1)
        {
            return Ball.Sub(ExpPoint(m, prec + 4), Ball.One, prec);
        }

        if (top <= -(prec + 2))
        {
            var bound = Mag.UpperBound(m.Mid, m.Exp);
            return Ball.Create(m.Mid, m.Exp, bound * bound, prec);
        }

        if (m.Mid.Sign < 0)
        {
            var w = prec + 4;
            var u = ExpM1Point(m.Negate(), w);
            return Ball.Div(u, Ball.Add(u, Ball.One, w), prec).Negate();
        }

        return ExpM1Small(m, prec, (int)-top);
    }

    /// <summary>expm1 of an exact dyadic 0 &lt; m &lt; 2^−<paramref name="lead"/> ≤ 1/2, by the fixed-point series.</summary>
    /// <remarks>m·2^w is floored when m has more bits: one unit of m moves expm1 by under e^(1/2) &lt; 2 units.</remarks>
    private static Ball ExpM1Small(Ball m, int prec, int lead)
    {
        var limbs = Limbs.For(prec + lead + ExpSeries.GuardBits(prec) + 2);
        var w = (64 * limbs) - 2;
        var shift = m.Exp + w;
        var scaled = shift >= 0 ? m.Mid << (int)shift : m.Mid >> (int)-shift;
        Span<ulong> buffer = limbs <= 64 ? stackalloc ulong[2 * limbs] : new ulong[2 * limbs];
        var x = buffer[..limbs];
        var t = buffer[limbs..];
        Limbs.FromBigInteger(scaled, x);
        var error = ExpSeries.ExpM1(x, w, t);
        if (shift < 0)
        {
            error += Mag.Create(2, 0);
        }

        return Ball.Create(Limbs.ToBigInteger(t), -w, error.MulPow2(-w), prec);
    }
}
