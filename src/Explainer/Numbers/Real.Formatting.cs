using System.Globalization;
using System.Numerics;

namespace Explainer.Numbers;

public readonly partial struct Real : IFormattable
{
    private const double BitsPerDigit = 3.3219280948873623;

    /// <summary>Displays the value with <paramref name="digits"/> significant digits, every one proven.</summary>
    /// <remarks>
    /// An exact value whose decimal terminates within <paramref name="digits"/> digits is shown exactly (<c>0.3775</c>).
    /// Otherwise the value is rounded half-even. An approximation is evaluated at increasing precision until the
    /// rounding is decided (Ziv's strategy); if it is still undecided at <see cref="RealLimits.RefinementBudget"/> of the
    /// starting precision, the text is a proven enclosure and <see cref="RealDisplay.Status"/> says so.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not between 1 and <see cref="RealLimits.MaxDigits"/>.</exception>
    public RealDisplay Format(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, RealLimits.MaxDigits);
        if (IsExact)
        {
            return FormatExact(Num, Den, digits);
        }

        var node = Approx!;
        if (node.TryGetDisplay(digits, out var known))
        {
            return known;
        }

        var display = FormatApproximation(node, digits);
        node.RememberDisplay(digits, display);
        return display;
    }

    /// <summary>Displays the value with exactly <paramref name="decimals"/> digits after the point, every one proven.</summary>
    /// <remarks>Unlike <see cref="Format(int)"/>, this works for values that may be exactly zero.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not between 0 and <see cref="RealLimits.MaxDigits"/>.</exception>
    public RealDisplay FormatFixed(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, RealLimits.MaxDigits);
        if (IsExact)
        {
            var scaled = DecimalText.RoundScaled(Num, Den, decimals, out var exact);
            var status = exact ? RealDisplayStatus.Exact : RealDisplayStatus.Rounded;
            return new RealDisplay(DecimalText.Fixed(scaled, decimals), status, true);
        }

        var first = Approx!.Evaluate(64);
        var magnitude = Math.Max(0, first.Log2Magnitude);
        if (magnitude > RealLimits.MaxDigits * BitsPerDigit)
        {
            throw RealLimitException.TooManyDigits("the value written with a fixed number of decimals", magnitude / BitsPerDigit);
        }

        var start = (int)Math.Ceiling((decimals * BitsPerDigit) + magnitude) + 24;
        var budget = RealLimits.RefinementBudget(start);
        var prec = start;
        var zero = -(long)Math.Ceiling(decimals * BitsPerDigit) - 2;
        while (true)
        {
            var ball = Approx.Evaluate(prec);
            if (!ball.IsInfinite && ball.UpperMagnitude.IsAtMostPow2(zero))
            {
                // Below half a unit of the last decimal: every point rounds to zero, however far below (2^−huge is never written out).
                return new RealDisplay(DecimalText.Fixed(BigInteger.Zero, decimals), RealDisplayStatus.Rounded, false);
            }

            if (!ball.IsInfinite && !DecimalScaling.Needed(ball, fixedPoint: true))
            {
                var (lo, hi, den) = Endpoints(ball);
                var a = DecimalText.RoundScaled(lo, den, decimals, out _);
                var b = DecimalText.RoundScaled(hi, den, decimals, out _);
                if (a == b)
                {
                    return new RealDisplay(DecimalText.Fixed(a, decimals), RealDisplayStatus.Rounded, false);
                }
            }

            if (prec >= budget)
            {
                var enclosure = DecimalScaling.Needed(ball, fixedPoint: true) ? DecimalScaling.Enclosure(ball, decimals + 2, prec) : Enclosure(ball, decimals + 2);
                return new RealDisplay(enclosure, RealDisplayStatus.Undecided, false);
            }

            prec = (int)Math.Min(2L * prec, budget);
        }
    }

    /// <summary>Writes an exact value as a reduced fraction, e.g. <c>-1/3</c> or <c>5</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is an approximation.</exception>
    public string ToFractionString()
    {
        if (!IsExact)
        {
            throw NotExact();
        }

        var num = DecimalDigits.ToString(Num);
        return Den.IsOne ? num : num + "/" + DecimalDigits.ToString(Den);
    }

    /// <summary>Writes the value: exact values as their terminating decimal or fraction, approximations to 30 digits.</summary>
    public override string ToString()
    {
        if (IsExact && !DecimalText.TryTerminating(Num, Den, out _, out _))
        {
            return ToFractionString();
        }

        return IsExact ? FormatExact(Num, Den, int.MaxValue).Text : Format(30).Text;
    }

    /// <summary>Writes the value with <paramref name="digits"/> significant digits (see <see cref="Format(int)"/>).</summary>
    public string ToString(int digits) => Format(digits).Text;

    /// <summary>Formats with <c>G</c>n (n significant digits), <c>F</c>n (n decimals) or <c>R</c> (exact fraction).</summary>
    /// <exception cref="FormatException">The format is not one of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format))
        {
            return ToString();
        }

        var kind = char.ToUpperInvariant(format[0]);
        var count = format.Length > 1 && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        return kind switch
        {
            'G' => Format(count < 0 ? 30 : count).Text,
            'F' => FormatFixed(count < 0 ? 6 : count).Text,
            'R' when count < 0 => ToFractionString(),
            _ => throw new FormatException($"unknown format '{format}': use Gn (significant digits), Fn (decimals) or R (fraction)"),
        };
    }

    private static RealDisplay FormatExact(BigInteger num, BigInteger den, int digits)
    {
        if (num.IsZero)
        {
            return new RealDisplay("0", RealDisplayStatus.Exact, true);
        }

        if (DecimalText.TryTerminatingSmall(num, den, digits, out var small))
        {
            return new RealDisplay(small, RealDisplayStatus.Exact, true);
        }

        if (DecimalText.TryTerminating(num, den, out var exactDigits, out var exactExponent) && exactDigits.Length <= digits)
        {
            return new RealDisplay(DecimalText.Layout(num.Sign < 0, exactDigits, exactExponent, allowPadding: true), RealDisplayStatus.Exact, true);
        }

        var (rounded, exponent) = DecimalText.RoundSignificant(BigInteger.Abs(num), den, digits);
        var text = DecimalText.Layout(num.Sign < 0, DecimalDigits.ToString(rounded), exponent, allowPadding: false);
        return new RealDisplay(text, RealDisplayStatus.Rounded, true);
    }

    /// <summary>The precision a display of <paramref name="digits"/> digits first evaluates an approximation at.</summary>
    internal static int StartPrecision(int digits) => DigitBits(digits) + GuardBits;

    /// <summary>The bits <paramref name="digits"/> significant decimal digits take, ⌈digits·log₂ 10⌉.</summary>
    internal static int DigitBits(int digits) => (int)Math.Ceiling(digits * BitsPerDigit);

    private static RealDisplay FormatApproximation(ApproxNode node, int digits)
    {
        var start = StartPrecision(digits);
        var budget = RealLimits.RefinementBudget(start);
        var prec = start;
        var first = true;
        while (true)
        {
            var ball = node.Evaluate(prec);
            var scaled = DecimalScaling.Needed(ball);
            if (scaled)
            {
                if (DecimalScaling.TryRound(ball, digits, prec, out var far))
                {
                    return new RealDisplay(far, RealDisplayStatus.Rounded, false);
                }
            }
            else if (DecimalRounding.TryRound(ball, digits, out var fast))
            {
                return new RealDisplay(fast!, RealDisplayStatus.Rounded, false);
            }
            else if (TryRoundBall(ball, digits, out var text))
            {
                return new RealDisplay(text, RealDisplayStatus.Rounded, false);
            }

            if (prec >= budget)
            {
                var enclosure = scaled ? DecimalScaling.Enclosure(ball, digits + 2, prec) : Enclosure(ball, digits + 2);
                return new RealDisplay(enclosure, RealDisplayStatus.Undecided, false);
            }

            prec = NextPrecision(ball, prec, digits * BitsPerDigit, budget, first);
            first = false;
        }
    }

    /// <summary>Bits a display evaluates beyond the digits it shows, so that an ordinary value decides at the first precision (as Arb's 32).</summary>
    private const int GuardBits = 32;

    /// <summary>The next precision of a Ziv loop: a small step first, then doubling, or more when the radius shows a cancellation.</summary>
    /// <remarks>
    /// A ball that excludes zero tells how many bits the computation lost: its radius relative to its midpoint, against
    /// the <paramref name="neededBits"/> the digits need. The first retry adds those bits and 64 more: a ball narrow enough
    /// that only lies across a rounding boundary is then decided unless the value is within 2^−64 of a unit of the
    /// boundary, and the retry costs about one evaluation instead of the three of a doubled precision (every operand it
    /// depends on is recomputed). Later retries double, or jump as far as the radius shows. A ball holding zero says
    /// nothing about the value's size: double.
    /// </remarks>
    private static int NextPrecision(Ball ball, int prec, double neededBits, int budget, bool first)
    {
        var next = (long)prec * 2;
        if (!ball.IsInfinite && !ball.Rad.IsZero && (ball.IsPositive || ball.IsNegative))
        {
            var lost = ball.Rad.Log2Estimate() - (ball.MidBits + ball.Exp) + neededBits + 16;
            if (first)
            {
                next = prec + (long)Math.Ceiling(Math.Max(0, lost)) + 64;
            }
            else if (lost > prec)
            {
                next = prec + (long)Math.Ceiling(lost);
            }
        }

        return (int)Math.Min(next, budget);
    }

    /// <summary>Rounds every point of the ball to <paramref name="digits"/> significant digits; succeeds when they agree.</summary>
    private static bool TryRoundBall(Ball ball, int digits, out string text)
    {
        text = string.Empty;
        if (ball.IsInfinite || ball.Mid.IsZero)
        {
            return false;
        }

        var (lo, hi, den) = Endpoints(ball);
        if (lo.Sign != hi.Sign || lo.IsZero || hi.IsZero)
        {
            return false;
        }

        var negative = hi.Sign < 0;
        var small = negative ? -hi : lo;
        var large = negative ? -lo : hi;

        // Rounding to significant digits is monotone, so the ball is decided when both ends round alike. Each end is
        // rounded in its own decade: the small end may lie just below the power of ten the large end carries into.
        var (a, ea) = DecimalText.RoundSignificant(large, den, digits);
        var (b, eb) = DecimalText.RoundSignificant(small, den, digits);
        if (a != b || ea != eb)
        {
            return false;
        }

        text = DecimalText.Layout(negative, DecimalDigits.ToString(a), ea, allowPadding: false);
        return true;
    }

    /// <summary>The ball's endpoints as integers over a common power-of-two denominator.</summary>
    private static (BigInteger Lo, BigInteger Hi, BigInteger Den) Endpoints(Ball ball)
    {
        var exp = ball.Exp;
        var mid = ball.Mid;
        var radExp = ball.Rad.IsZero ? exp : Math.Min(exp, ball.Rad.Exp);
        if (radExp < exp)
        {
            mid <<= (int)(exp - radExp);
            exp = radExp;
        }

        var rad = ball.Rad.ToUnits(exp, int.MaxValue) ?? BigInteger.Zero;
        var lo = mid - rad;
        var hi = mid + rad;
        if (exp >= 0)
        {
            return (lo << (int)exp, hi << (int)exp, BigInteger.One);
        }

        return (lo, hi, BigInteger.One << (int)-exp);
    }

    /// <summary>A proven enclosure written with outward rounding.</summary>
    private static string Enclosure(Ball ball, int digits)
    {
        if (ball.IsInfinite)
        {
            return "[-∞, ∞]";
        }

        var (lo, hi, den) = Endpoints(ball);
        return "[" + Outward(lo, den, digits, up: false) + ", " + Outward(hi, den, digits, up: true) + "]";
    }

    private static string Outward(BigInteger num, BigInteger den, int digits, bool up)
    {
        if (num.IsZero)
        {
            return "0";
        }

        var abs = BigInteger.Abs(num);
        var e = DecimalText.EstimateExponent(abs, den);
        var k = digits - 1 - e;
        var scaledNum = k >= 0 ? abs * DecimalText.Pow10(k) : abs;
        var scaledDen = k >= 0 ? den : den * DecimalText.Pow10(-k);
        var q = BigInteger.DivRem(scaledNum, scaledDen, out var r);
        var awayFromZero = (num.Sign > 0) == up;
        if (awayFromZero && !r.IsZero)
        {
            q += 1;
        }

        var text = DecimalDigits.ToString(q);
        var exponent = e + (text.Length - digits);
        return DecimalText.Layout(num.Sign < 0, text.TrimEnd('0') is { Length: > 0 } t ? t : "0", exponent, allowPadding: true);
    }
}
