using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>The fused dot product Σ aᵢbᵢ + c: one rounding, and a ball that holds the sum at every point of its operands.</summary>
public sealed class BallDotTests
{
    private const int Cases = 300;

    [Fact]
    public void Dot_OfExactDyadics_ContainsTheExactSumTightly()
    {
        var random = new Random(21);
        for (var i = 0; i < Cases; i++)
        {
            var prec = random.Next(30, 1200);
            var factors = Factors(random, random.Next(1, 40), withRadius: false);
            var constant = RandomDyadic(random, withRadius: false);

            var dot = Ball.Dot(factors, pairs: true, constant, prec);

            var exact = ExactDot(factors, constant, corner: null);
            Contains(dot, exact).ShouldBeTrue($"case {i}: the exact sum is outside the ball at p = {prec}");

            // One rounding: the radius is a unit of the result's last place, the result below 2^(T + 6) for under 64 terms.
            var top = LargestTermTop(factors, constant);
            dot.Rad.IsAtMostPow2(top + 6 - prec + 1).ShouldBeTrue($"case {i}: radius 2^{dot.Rad.Log2Estimate():F1} against terms below 2^{top}");
        }
    }

    [Fact]
    public void Dot_OfBallsWithRadii_ContainsTheSumAtEveryCorner()
    {
        var random = new Random(22);
        for (var i = 0; i < Cases; i++)
        {
            var prec = random.Next(30, 600);
            var factors = Factors(random, random.Next(1, 12), withRadius: true);
            var constant = RandomDyadic(random, withRadius: true);

            var dot = Ball.Dot(factors, pairs: true, constant, prec);

            for (var corner = 0; corner < 8; corner++)
            {
                var seed = (i * 8) + corner;
                Contains(dot, ExactDot(factors, constant, new Random(seed))).ShouldBeTrue($"case {i}, corner {corner}: outside the ball at p = {prec}");
            }
        }
    }

    [Fact]
    public void Dot_WithCancellation_KeepsTheAbsoluteErrorOfTheLargestTerm()
    {
        // 2^200 + 1 − 2^200: the sum is exactly 1, inside 64 guard bits of cancellation … and far past them.
        var big = new Ball(BigInteger.One, 200, Mag.Zero);
        Ball[] factors = [big, Ball.One, Ball.One, Ball.One, big.Negate(), Ball.One];

        var dot = Ball.Dot(factors, pairs: true, Ball.Zero, 100);

        Contains(dot, (BigInteger.One, 0)).ShouldBeTrue();
        dot.Rad.IsAtMostPow2(200 - 100 + 2).ShouldBeTrue();
    }

    [Fact]
    public void Sum_OfSummands_EqualsTheChainOfAdditionsWithinTheirRadii()
    {
        var random = new Random(23);
        for (var i = 0; i < Cases; i++)
        {
            var prec = random.Next(30, 600);
            var terms = Enumerable.Range(0, random.Next(2, 30)).Select(_ => RandomDyadic(random, withRadius: random.Next(2) == 0)).ToArray();

            var sum = Ball.Dot(terms, pairs: false, Ball.Zero, prec);

            var ones = terms.SelectMany(t => new[] { t, Ball.One }).ToArray();
            for (var corner = 0; corner < 4; corner++)
            {
                Contains(sum, ExactDot(ones, Ball.Zero, new Random((i * 4) + corner))).ShouldBeTrue($"case {i}, corner {corner}");
            }
        }
    }

    [Fact]
    public void RealDot_OfExactValues_IsTheExactSum()
    {
        Real[] pairs = [Real.Parse("0.15"), Real.Parse("0.05"), Real.Parse("0.2"), Real.Parse("0.1")];

        var dot = Real.Dot(pairs, 4, Real.Parse("0.35"));

        dot.IsExact.ShouldBeTrue();
        dot.ShouldBe(Real.Parse("0.3775"));
    }

    [Fact]
    public void RealDot_OfApproximations_AgreesWithTheChainToFiftyDigits()
    {
        var x = ExactMath.Sigmoid(Real.Parse("0.3775"));
        var y = ExactMath.Exp(Real.Parse("-0.25"));
        Real[] pairs = [Real.Parse("0.4"), x, y, Real.Parse("0.45"), x, y];

        var dot = Real.Dot(pairs, 6, Real.Parse("0.6"));

        dot.ToString(50).ShouldBe(((Real.Parse("0.4") * x) + (y * Real.Parse("0.45")) + (x * y) + Real.Parse("0.6")).ToString(50));
    }

    private static Ball[] Factors(Random random, int terms, bool withRadius)
        => Enumerable.Range(0, 2 * terms).Select(_ => RandomDyadic(random, withRadius)).ToArray();

    /// <summary>A dyadic of 1 to 300 bits at 2^−150..2^150, zero one time in ten, with a radius of up to 2^−40 relative when asked.</summary>
    private static Ball RandomDyadic(Random random, bool withRadius)
    {
        if (random.Next(10) == 0)
        {
            return Ball.Zero;
        }

        var bits = random.Next(1, 300);
        var bytes = new byte[(bits / 8) + 1];
        random.NextBytes(bytes);
        var mantissa = (new BigInteger(bytes, isUnsigned: true) >> ((8 * bytes.Length) - bits)) | (BigInteger.One << (bits - 1));
        var exp = random.Next(-150, 150) - bits;
        var mid = random.Next(2) == 0 ? mantissa : -mantissa;
        var rad = withRadius && random.Next(3) > 0 ? Mag.Pow2(exp + bits - random.Next(1, 40)) : Mag.Zero;
        return new Ball(mid, exp, rad);
    }

    private static long LargestTermTop(Ball[] factors, Ball constant)
    {
        var top = constant.Mid.IsZero ? long.MinValue : constant.MidBits + constant.Exp;
        for (var k = 0; k < factors.Length; k += 2)
        {
            if (!factors[k].Mid.IsZero && !factors[k + 1].Mid.IsZero)
            {
                top = Math.Max(top, factors[k].MidBits + factors[k].Exp + factors[k + 1].MidBits + factors[k + 1].Exp);
            }
        }

        return top;
    }

    /// <summary>Σ aᵢbᵢ + c exactly at the midpoints, or at a random end of every operand's ball.</summary>
    private static (BigInteger Num, long Exp) ExactDot(Ball[] factors, Ball constant, Random? corner)
    {
        var sum = Point(constant, corner);
        for (var k = 0; k < factors.Length; k += 2)
        {
            var a = Point(factors[k], corner);
            var b = Point(factors[k + 1], corner);
            sum = Add(sum, (a.Num * b.Num, a.Exp + b.Exp));
        }

        return sum;
    }

    private static (BigInteger Num, long Exp) Point(Ball x, Random? corner)
    {
        if (corner is null || x.Rad.IsZero)
        {
            return (x.Mid, x.Exp);
        }

        var side = corner.Next(2) == 0 ? -1 : 1;
        return Add((x.Mid, x.Exp), (side * new BigInteger(x.Rad.Man), x.Rad.Exp));
    }

    private static (BigInteger Num, long Exp) Add((BigInteger Num, long Exp) a, (BigInteger Num, long Exp) b)
    {
        var e = Math.Min(a.Exp, b.Exp);
        return ((a.Num << (int)(a.Exp - e)) + (b.Num << (int)(b.Exp - e)), e);
    }

    private static bool Contains(Ball ball, (BigInteger Num, long Exp) x)
    {
        var distance = Add((ball.Mid, ball.Exp), (-x.Num, x.Exp));
        var rad = ball.Rad.IsZero ? (BigInteger.Zero, 0L) : (new BigInteger(ball.Rad.Man), ball.Rad.Exp);
        var e = Math.Min(distance.Item2, rad.Item2);
        return BigInteger.Abs(distance.Item1 << (int)(distance.Item2 - e)) <= (rad.Item1 << (int)(rad.Item2 - e));
    }
}
