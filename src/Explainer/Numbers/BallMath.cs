using System.Numerics;

namespace Explainer.Numbers;

/// <summary>Certified elementary functions on balls.</summary>
/// <remarks>
/// Each function evaluates at the exact midpoint with series whose truncation error is added to the
/// radius, then widens the result by a bound of the derivative times the input radius. All arithmetic
/// goes through <see cref="Ball"/>, so every rounding error is accounted for.
/// </remarks>
internal static class BallMath
{
    private static Ball Infinite => Ball.Enclosing(Mag.Infinity);

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

        var m = Point(x);
        Ball y;
        if (m.Log2Magnitude < -1)
        {
            y = ExpM1Reduced(m, prec);
        }
        else
        {
            y = Ball.Sub(ExpPoint(m, prec + 4), Ball.One, prec);
        }

        if (x.Rad.IsZero)
        {
            return y;
        }

        // |d/dt (e^t − 1)| = e^t ≤ e^m · e^r, with e^m ≤ |y| + 1.
        var em = Ball.Add(y, Ball.One, 32).UpperMagnitude;
        return y.AddError(em * ExpM1Bound(x.Rad));
    }

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

    /// <remarks>tanh(x) = −expm1(−2|x|) / (2 + expm1(−2|x|)), with the sign of x; |tanh′| ≤ 1.</remarks>
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

        var w = prec + 8;
        var t = ExpM1(m.Abs().MulPow2(1).Negate(), w);
        var y = Ball.Div(t.Negate(), Ball.Add(t, Ball.FromInteger(2), w), prec);
        if (m.Mid.Sign < 0)
        {
            y = y.Negate();
        }

        return y.AddError(x.Rad);
    }

    /// <remarks>σ(x) = 1 / (1 + exp(−x)); |σ′| ≤ 1/4.</remarks>
    public static Ball Sigmoid(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var w = prec + 8;
        var e = ExpPoint(Point(x).Negate(), w);
        var y = Ball.Div(Ball.One, Ball.Add(Ball.One, e, w), prec);
        return y.AddError(x.Rad.MulPow2(-2));
    }

    /// <remarks>
    /// erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (2n+1)!!, a series of positive terms (no cancellation);
    /// for x² beyond the working precision, erf(x) = ±(1 − δ) with 0 &lt; δ ≤ e^(−x²). |erf′| ≤ 2/√π &lt; 5/4.
    /// </remarks>
    public static Ball Erf(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var m = Point(x);
        if (m.Mid.IsZero)
        {
            return Ball.Enclosing(x.Rad + x.Rad.MulPow2(-2));
        }

        var a = m.Abs();
        var w = prec + 16;
        var a2 = Ball.Mul(a, a, w);
        Ball y;
        if (a.Log2Magnitude > 1 && a2.Log2Magnitude > Math.Log2((prec + 10) * 0.7) + 1)
        {
            var tail = Exp(a2.Negate(), 32).UpperMagnitude;
            y = Ball.One.AddError(tail);
        }
        else
        {
            var twoA2 = a2.MulPow2(1);
            var term = a;
            var sum = a;
            var stop = a.Log2Magnitude - w;
            for (ulong n = 1; ; n++)
            {
                term = Ball.DivInt(Ball.Mul(term, twoA2, w), (2 * n) + 1, w);
                sum = Ball.Add(sum, term, w);
                var ratioSmall = twoA2.Log2Magnitude < Math.Log2((2.0 * n) + 3) - 1;
                if (ratioSmall && term.Log2Magnitude < stop)
                {
                    // The remaining terms shrink by at least half each: their sum is below the last term.
                    sum = sum.AddError(term.UpperMagnitude);
                    break;
                }
            }

            var twoOverSqrtPi = Ball.Div(Ball.FromInteger(2), Sqrt(Constants.Pi(w), w), w);
            y = Ball.Mul(Ball.Mul(twoOverSqrtPi, ExpPoint(a2.Negate(), w), w), sum, prec);
        }

        if (m.Mid.Sign < 0)
        {
            y = y.Negate();
        }

        return y.AddError(x.Rad + x.Rad.MulPow2(-2));
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

    /// <summary>exp of an exact dyadic: exp(m) = 2ⁿ · exp(m − n ln 2), the rest by <see cref="ExpM1Reduced"/>.</summary>
    private static Ball ExpPoint(Ball m, int prec)
    {
        if (m.Mid.IsZero)
        {
            return Ball.One;
        }

        var approx = ToDouble(m);
        if (Math.Abs(approx) > RealLimits.MaxExpArgument)
        {
            throw RealLimitException.ExpArgument();
        }

        var n = (long)Math.Round(approx / Math.Log(2));
        var w = prec + 8;
        var r = m;
        if (n != 0)
        {
            var nBits = 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(n));
            var ln2 = Constants.Ln2(w + nBits);
            r = Ball.Sub(m, Ball.MulInt(ln2, n, w + nBits), w + nBits);
        }

        var em1 = ExpM1Reduced(r, w);
        return Ball.Add(em1, Ball.One, prec).MulPow2(n);
    }

    /// <summary>exp(r) − 1 for |r| below about 1: halve k times, Taylor series, then double back.</summary>
    /// <remarks>The doubling step is expm1(2s) = expm1(s) · (expm1(s) + 2), which keeps relative accuracy.</remarks>
    private static Ball ExpM1Reduced(Ball r, int prec)
    {
        if (r.Mid.IsZero)
        {
            return Ball.Enclosing(ExpM1Bound(r.Rad));
        }

        var mag = r.Log2Magnitude;
        var k = Math.Max(0, (int)(Math.Sqrt(prec) * 0.5) + (int)Math.Ceiling(mag) + 1);
        var w = prec + k + 8;
        var s = r.MulPow2(-k);
        var term = s;
        var sum = s;
        var stop = s.Log2Magnitude - w;
        for (ulong j = 2; ; j++)
        {
            term = Ball.DivInt(Ball.Mul(term, s, w), j, w);
            sum = Ball.Add(sum, term, w);
            if (term.Log2Magnitude < stop)
            {
                // |s| < 1/2, so the tail is below the last term.
                sum = sum.AddError(term.UpperMagnitude);
                break;
            }
        }

        var two = Ball.FromInteger(2);
        for (var i = 0; i < k; i++)
        {
            sum = Ball.Mul(sum, Ball.Add(sum, two, w), w);
        }

        return sum.Round(prec);
    }

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
        var s = IntegerSqrt(scaled);
        var exp = (x.Exp - shift) / 2;
        var rad = s * s == scaled ? Mag.Zero : Mag.Pow2(exp);
        return Ball.Create(s, exp, rad, prec);
    }

    /// <summary>floor(√n) for n ≥ 0, by Newton's method from a double estimate above the root.</summary>
    internal static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.Sign <= 0)
        {
            return BigInteger.Zero;
        }

        var bits = (long)n.GetBitLength();
        var shift = (int)Math.Max(0, bits - 100);
        if ((shift & 1) != 0)
        {
            shift++;
        }

        var top = (double)(n >> shift);
        var x = (new BigInteger(Math.Sqrt(top)) + 2) << (shift / 2);
        while (true)
        {
            var y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
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
    private static Mag LowerBound(Ball x)
    {
        x = x.Widen(64);
        var units = x.Rad.ToUnits(x.Exp, (int)x.MidBits + 2) ?? BigInteger.Abs(x.Mid);
        var low = BigInteger.Abs(x.Mid) - units;
        return low.Sign <= 0 ? Mag.Zero : Mag.LowerBound(low, x.Exp);
    }

    private static double ToDouble(Ball m)
    {
        var bits = m.MidBits;
        var shift = Math.Max(0, bits - 62);
        var top = (double)(m.Mid >> (int)shift);
        var e = m.Exp + shift;
        return e > 2000 ? Math.CopySign(double.PositiveInfinity, top) : e < -2000 ? 0 : Math.ScaleB(top, (int)e);
    }
}
