using System.Numerics;

namespace Explainer.Numbers;

/// <summary>Certified elementary functions on balls.</summary>
/// <remarks>
/// Each function evaluates at the exact midpoint with series whose truncation error is added to the
/// radius, then widens the result by a bound of the derivative times the input radius. All arithmetic
/// goes through <see cref="Ball"/>, so every rounding error is accounted for.
/// </remarks>
internal static partial class BallMath
{
    private static Ball Infinite => Ball.Enclosing(Mag.Infinity);

    public static Ball Log(Ball x, int prec)
    {
        if (x.IsInfinite || !x.IsPositive)
        {
            return Infinite;
        }

        var y = LogPoint(Point(x), prec);
        if (x.Rad.IsZero)
        {
            return y;
        }

        // |log(m + t) − log(m)| ≤ r / (m − r).
        var low = LowerBound(x);
        return y.AddError(Mag.Divide(x.Rad, low));
    }

    public static Ball Sqrt(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        if (x.Mid.IsZero && x.Rad.IsZero)
        {
            return Ball.Zero;
        }

        if (!x.IsPositive)
        {
            if (x.IsNegative)
            {
                return Infinite;
            }

            // The ball holds zero: sqrt lies in [0, sqrt(upper)].
            var s = SqrtUpper(x.UpperMagnitude);
            return Ball.Enclosing(s);
        }

        var y = SqrtPoint(x, prec);
        if (x.Rad.IsZero)
        {
            return y;
        }

        // |sqrt(m + t) − sqrt(m)| ≤ r / (2 sqrt(m − r)).
        var low = SqrtLower(LowerBound(x)).MulPow2(1);
        return y.AddError(Mag.Divide(x.Rad, low));
    }

    /// <summary>log(1 + x), accurate relative to its own size when x is small (the argument is never rounded to 1 + x).</summary>
    /// <remarks>|d/dt log(1 + t)| = 1/(1 + t) ≤ 1/(1 + m − r) over the ball m ± r.</remarks>
    public static Ball Log1p(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var onePlus = Ball.Add(Ball.One, x, 64);
        if (!onePlus.IsPositive)
        {
            return Infinite;
        }

        var m = Point(x);
        Ball y;
        if (m.Log2Magnitude < -4)
        {
            y = Log1pSeries(m, prec);
        }
        else
        {
            // |x| ≥ 1/16: 1 + x rounded to prec + 16 bits moves log by under 2^−(prec+15), relative to |log(1 + x)| ≥ 1/32.
            var w = prec + 16;
            var sum = Ball.Add(Ball.One, m, w);
            y = LogPoint(Point(sum), prec);
            if (!sum.Rad.IsZero)
            {
                y = y.AddError(Mag.Divide(sum.Rad, LowerBound(sum)));
            }
        }

        return x.Rad.IsZero ? y : y.AddError(Mag.Divide(x.Rad, LowerBound(onePlus)));
    }

    /// <summary>xⁿ for an integer n ≥ 0 by repeated squaring.</summary>
    public static Ball PowInt(Ball x, BigInteger n, int prec)
    {
        var w = prec + (2 * (int)n.GetBitLength()) + 8;
        var result = Ball.One;
        var b = x;
        while (!n.IsZero)
        {
            if (!n.IsEven)
            {
                result = Ball.Mul(result, b, w);
            }

            n >>= 1;
            if (!n.IsZero)
            {
                b = Ball.Mul(b, b, w);
            }
        }

        return result.Round(prec);
    }

    private static Ball Point(Ball x) => new(x.Mid, x.Exp, Mag.Zero);

    /// <summary>log of an exact positive dyadic: a series near 1, otherwise one Newton correction on a half-precision value.</summary>
    /// <remarks>With y ≈ log m and ε = m·e^(−y) − 1, log m = y + log(1 + ε) ∈ y + ε ± ε² for |ε| ≤ 1/2.</remarks>
    private static Ball LogPoint(Ball m, int prec)
    {
        if (m.Mid.IsOne && m.Exp == 0)
        {
            return Ball.Zero;
        }

        var u = Ball.Sub(m, Ball.One, prec + 16);
        if (u.Log2Magnitude < -4)
        {
            return Log1pSeries(u, prec);
        }

        var k = m.MidBits + m.Exp;
        if (Math.Abs(k) > 64)
        {
            // m = f·2^k with f ∈ [1/2, 1): log m = log f + k·ln 2, so that the exponent of m never meets exp (|k·ln 2| > 44).
            var wide = prec + 72;
            var f = new Ball(m.Mid, m.Exp - k, Mag.Zero);
            var kLn2 = Ball.MulInt(Constants.Ln2(wide), k, wide);
            return Ball.Add(LogPoint(f, wide), kLn2, prec);
        }

        BigInteger yMid;
        long yExp;
        if (prec <= 40)
        {
            var bits = m.MidBits;
            var shift = bits - 53;
            var top = shift >= 0 ? m.Mid >> (int)shift : m.Mid << (int)-shift;
            var logD = Math.Log((double)top) + ((m.Exp + shift) * Math.Log(2));
            var scaled = Math.ScaleB(logD, 52);
            yMid = new BigInteger(Math.Round(scaled));
            yExp = -52;
        }
        else
        {
            var half = LogPoint(m, (prec / 2) + 16);
            yMid = half.Mid;
            yExp = half.Exp;
        }

        var w = prec + 16;
        var y = new Ball(yMid, yExp, Mag.Zero);
        var eps = Ball.Sub(Ball.Mul(m, ExpPoint(y.Negate(), w), w), Ball.One, w);
        var e = eps.UpperMagnitude;
        if (e.Log2Estimate() > -2)
        {
            return Infinite;
        }

        return Ball.Add(y, eps, prec).AddError(e * e);
    }

    /// <summary>log(1 + u) = 2 atanh(u / (2 + u)) for small |u|.</summary>
    private static Ball Log1pSeries(Ball u, int prec)
    {
        if (u.Mid.IsZero)
        {
            // log(1 ± r) lies within ±2r for r ≤ 1/2 (a midpoint that is exactly 1 gives an exact zero).
            return Ball.Enclosing(u.Rad.MulPow2(1));
        }

        if (u.MidBits + u.Exp < -(prec + 8))
        {
            // log(1 + u) = u·(1 − u/2 + …) within |u|² of u: the series' z² could pass the magnitude limit that u itself is inside.
            var bound = u.UpperMagnitude;
            return u.AddError(bound * bound).Round(prec);
        }

        var w = prec + 16;
        var z = Ball.Div(u, Ball.Add(u, Ball.FromInteger(2), w), w);
        var z2 = Ball.Mul(z, z, w);
        var power = z;
        var sum = z;
        var stop = z.Log2Magnitude - w;
        for (ulong k = 3; ; k += 2)
        {
            power = Ball.Mul(power, z2, w);
            var term = Ball.DivInt(power, k, w);
            sum = Ball.Add(sum, term, w);
            if (term.Log2Magnitude < stop)
            {
                // |z| < 1/8: the tail is below the last term.
                sum = sum.AddError(term.UpperMagnitude);
                break;
            }
        }

        return sum.MulPow2(1).Round(prec);
    }

    private static Ball SqrtPoint(Ball x, int prec)
    {
        var shift = Math.Max(0, (2 * prec) + 4 - x.MidBits);
        if (((x.Exp - shift) & 1) != 0)
        {
            shift++;
        }

        var scaled = x.Mid << (int)shift;
        var s = IntegerSqrt(scaled, out var exact);
        var exp = (x.Exp - shift) / 2;
        var rad = exact ? Mag.Zero : Mag.Pow2(exp);
        return Ball.Create(s, exp, rad, prec);
    }

    /// <summary>floor(√n) for n ≥ 0.</summary>
    internal static BigInteger IntegerSqrt(BigInteger n) => IntegerSqrt(n, out _);

    /// <summary>floor(√n) for n ≥ 0, and whether it is exact (n a perfect square).</summary>
    /// <remarks>
    /// From the root of n's leading half, one Newton step: if s ≤ √n with √n − s ≤ 2^(k+1) (the root of n ≫ 2k, shifted
    /// back by k), y = ⌊(s + ⌊n/s⌋)/2⌋ is at least ⌊√n⌋ (the arithmetic mean bounds the geometric one, and flooring keeps
    /// it above the integer root), and above √n by at most (√n − s)²/(2s), under 1 when k is a quarter of n's bits less a
    /// guard; so y is ⌊√n⌋ or one more, and one square decides. One full-size division instead of one per doubling of the
    /// accurate bits: a 750-bit root costs about a division and a square where Newton from a double took six divisions.
    /// </remarks>
    internal static BigInteger IntegerSqrt(BigInteger n, out bool exact)
    {
        if (n.Sign <= 0)
        {
            exact = n.IsZero;
            return BigInteger.Zero;
        }

        var bits = (long)n.GetBitLength();
        BigInteger y;
        if (bits <= 104)
        {
            // A double's root is within a few units of the true one here (n rounded to 53 bits, then its root).
            y = new BigInteger(Math.Sqrt((double)n));
            while ((y + 1) * (y + 1) <= n)
            {
                y++;
            }
        }
        else
        {
            var k = (int)((bits / 4) - 4);
            var s = IntegerSqrt(n >> (2 * k), out _) << k;
            y = (s + (n / s)) >> 1;
        }

        var square = y * y;
        while (square > n)
        {
            y--;
            square = y * y;
        }

        exact = square == n;
        return y;
    }

    private static Mag SqrtUpper(Mag m)
    {
        if (m.IsInfinite)
        {
            return Mag.Infinity;
        }

        var man = new BigInteger(m.Man);
        var exp = m.Exp;
        if ((exp & 1) != 0)
        {
            man <<= 1;
            exp--;
        }

        man <<= 64;
        exp -= 64;
        return Mag.UpperBound(IntegerSqrt(man) + 1, exp / 2);
    }

    private static Mag SqrtLower(Mag m)
    {
        var man = new BigInteger(m.Man);
        var exp = m.Exp;
        if ((exp & 1) != 0)
        {
            man <<= 1;
            exp--;
        }

        man <<= 64;
        exp -= 64;
        return Mag.LowerBound(IntegerSqrt(man), exp / 2);
    }

    /// <summary>A lower bound of the positive ball's smallest point.</summary>
    private static Mag LowerBound(Ball x) => Mag.SubtractLower(Mag.LowerBound(x.Mid, x.Exp), x.Rad);

    private static double ToDouble(Ball m)
    {
        var bits = m.MidBits;
        var shift = Math.Max(0, bits - 62);
        var top = (double)(m.Mid >> (int)shift);
        var e = m.Exp + shift;
        return e > 2000 ? Math.CopySign(double.PositiveInfinity, top) : e < -2000 ? 0 : Math.ScaleB(top, (int)e);
    }
}
