using System.Numerics;

namespace Explainer.Numbers;

/// <summary>Decimal digits of balls far from 1 (beyond about 10^±2466): the ball is multiplied by a ball enclosing 10^k.</summary>
/// <remarks>
/// The general rounding writes the ball's endpoints as integers over a power of two and multiplies by an exact 10^k,
/// which for 10^(4·10^10) would need gigabytes. Here x·10^k (k = d − 1 − E, E the decimal exponent) is enclosed in
/// ball arithmetic, in two halves of k so that no intermediate power passes the magnitude limit, and the rounding is
/// read off that small ball: every point of it must round half-even to the same d-digit integer. The enclosure only
/// grows, so an agreement is a proof; a disagreement is refined by the caller's Ziv loop like any other.
/// </remarks>
internal static class DecimalScaling
{
    /// <summary>Balls whose leading bit lies beyond 2^±Threshold take this path.</summary>
    private const long Threshold = 8192;

    /// <summary>A radius more than this many bits below the midpoint's last bit takes this path too (the endpoints would be that long).</summary>
    private const long MaxRadiusGap = 1L << 24;

    private const double Log10Of2 = 0.30102999566398119521;

    /// <summary>The binary exponents a fixed-point display may write out (its values are below 10^MaxDigits, or rounded to zero first).</summary>
    private const long FixedThreshold = 1L << 22;

    /// <summary>Whether the general rounding would have to write out an enormous power of two or ten for this ball.</summary>
    /// <param name="ball">The enclosure to display.</param>
    /// <param name="fixedPoint">Whether the display has a fixed number of decimals (which bounds the powers of ten it writes).</param>
    public static bool Needed(in Ball ball, bool fixedPoint = false)
    {
        if (ball.IsInfinite)
        {
            return false;
        }

        var threshold = fixedPoint ? FixedThreshold : Threshold;
        if (ball.Mid.IsZero)
        {
            return !ball.Rad.IsZero && Math.Abs(ball.Rad.Exp) > threshold;
        }

        var far = fixedPoint ? Math.Abs(ball.Exp) > threshold : Math.Abs(ball.MidBits + ball.Exp) > threshold;
        return far || (!ball.Rad.IsZero && (ball.Exp - ball.Rad.Exp > MaxRadiusGap || ball.Rad.Exp > threshold));
    }

    /// <summary>Rounds every point of the ball to <paramref name="digits"/> significant digits; true when they agree.</summary>
    public static bool TryRound(in Ball ball, int digits, int prec, out string text)
    {
        text = string.Empty;
        if (!ball.IsPositive && !ball.IsNegative)
        {
            return false;
        }

        var negative = ball.Mid.Sign < 0;
        var abs = ball.Abs();
        var w = Math.Max(prec, (int)(digits * 3.33)) + 64;
        var low = DecimalText.Pow10(digits - 1);
        var high = DecimalText.Pow10(digits);
        var e = EstimateExponent(abs.Mid, abs.Exp);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var y = Scale(abs, digits - 1 - e, w);
            var (lo, hi, shift) = Endpoints(y, w);
            var a = DecimalText.RoundHalfEven(lo, BigInteger.One << shift, out _);
            var b = DecimalText.RoundHalfEven(hi, BigInteger.One << shift, out _);
            if (a != b)
            {
                return false;
            }

            if (a >= high)
            {
                e++;
            }
            else if (a < low)
            {
                e--;
            }
            else
            {
                text = DecimalText.Layout(negative, DecimalDigits.ToString(a).AsSpan(), e, allowPadding: false);
                return true;
            }
        }

        return false;
    }

    /// <summary>A proven enclosure <c>[lo, hi]</c> of the ball, each end rounded outward to <paramref name="digits"/> digits.</summary>
    public static string Enclosure(in Ball ball, int digits, int prec)
    {
        // The radius in units of 2^exp, rounded up: the endpoints below enclose the ball's.
        var exp = ball.Mid.IsZero ? ball.Rad.Exp : Math.Max(ball.Exp - (ball.MidBits + prec + 64), Math.Min(ball.Exp, ball.Rad.Exp));
        var mid = ball.Mid.IsZero ? BigInteger.Zero : ball.Mid << (int)(ball.Exp - exp);
        var rad = ball.Rad.ToUnits(exp, int.MaxValue) ?? BigInteger.Zero;
        var w = Math.Max(prec, (int)(digits * 3.33)) + 64;
        return "[" + Outward(mid - rad, exp, digits, w, up: false) + ", " + Outward(mid + rad, exp, digits, w, up: true) + "]";
    }

    /// <summary>The exact dyadic num·2^exp rounded to <paramref name="digits"/> digits, up or down.</summary>
    private static string Outward(BigInteger num, long exp, int digits, int w, bool up)
    {
        if (num.IsZero)
        {
            return "0";
        }

        var abs = new Ball(BigInteger.Abs(num), exp, Mag.Zero);
        var e = EstimateExponent(abs.Mid, abs.Exp);
        var y = Scale(abs, digits - 1 - e, w);
        var (lo, hi, shift) = Endpoints(y, w);
        var awayFromZero = (num.Sign > 0) == up;
        var q = awayFromZero ? -((-hi) >> shift) : lo >> shift;
        var text = DecimalDigits.ToString(q);
        var exponent = e + (text.Length - digits);
        var trimmed = text.TrimEnd('0');
        return DecimalText.Layout(num.Sign < 0, (trimmed.Length > 0 ? trimmed : "0").AsSpan(), exponent, allowPadding: true);
    }

    /// <summary>An estimate of ⌊log10(mid·2^exp)⌋ for mid &gt; 0, off by at most one.</summary>
    private static long EstimateExponent(BigInteger mid, long exp)
    {
        var bits = Ball.BitLength(mid);
        var shift = Math.Max(0, bits - 60);
        var top = (double)(mid >> (int)shift);
        return (long)Math.Floor(Math.Log10(top) + ((exp + shift) * Log10Of2));
    }

    /// <summary>A ball holding x·10^k, by two powers of ten of half the size each.</summary>
    private static Ball Scale(Ball x, long k, int w)
    {
        var half = k / 2;
        return ScaleBy(ScaleBy(x, half, w), k - half, w);
    }

    private static Ball ScaleBy(Ball x, long k, int w)
    {
        if (k == 0)
        {
            return x;
        }

        var power = BallMath.PowInt(Ball.FromInteger(10), new BigInteger(Math.Abs(k)), w);
        return k > 0 ? Ball.Mul(x, power, w) : Ball.Div(x, power, w);
    }

    /// <summary>The ball's endpoints as integers over 2^shift, the radius rounded up to units of 2^−w at the coarsest.</summary>
    /// <remarks>y is below 10^(digits+1) &lt; 2^(w−64), so units of 2^−w leave the rounding decision to the ball, not to this.</remarks>
    private static (BigInteger Lo, BigInteger Hi, int Shift) Endpoints(Ball y, int w)
    {
        var unit = Math.Min(y.Exp, -w);
        var mid = y.Mid << (int)(y.Exp - unit);
        var rad = y.Rad.ToUnits(unit, int.MaxValue) ?? BigInteger.Zero;
        return (mid - rad, mid + rad, (int)-unit);
    }
}
