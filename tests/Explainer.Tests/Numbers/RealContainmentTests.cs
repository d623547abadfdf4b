using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>The ball of a value at a low precision always contains the ball of the same value computed afresh at a much higher precision.</summary>
public sealed class RealContainmentTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var f in new[] { "exp", "log", "sqrt", "tanh", "sigmoid", "erf", "pow", "div" })
        {
            foreach (var prec in new[] { 30, 64, 200, 700 })
            {
                data.Add(f, prec);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Function_OnSeededRandomInputs_ContainsTheHighPrecisionBall(string function, int prec)
    {
        var random = new Random(prec * 7919 + function.Length);
        for (var i = 0; i < 40; i++)
        {
            var x = RandomDecimal(random);
            var y = RandomDecimal(random);
            var low = Apply(function, x, y).Enclose(prec);
            var high = Apply(function, x, y).Enclose((4 * prec) + 64);

            var (lowMin, lowMax) = Interval(low);
            var (highMin, highMax) = Interval(high);
            (lowMin <= highMin && highMax <= lowMax).ShouldBeTrue($"{function}({x}, {y}) at {prec} bits");
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(256)]
    [InlineData(1024)]
    public void Sigmoid_AtPrecision_HasARadiusNearTheLastBit(int prec)
    {
        var ball = ExactMath.Sigmoid(Real.Parse("0.3775")).Enclose(prec);

        // |radius / value| < 2^-(prec - 12): the enclosure is tight, not merely correct.
        var (min, max) = Interval(ball);
        ((max - min) * Real.Pow(2, prec - 12)).CompareTo(min).ShouldBeLessThan(0);
    }

    private static Real Apply(string function, Real x, Real y) => function switch
    {
        "exp" => ExactMath.Exp(x * 20),
        "log" => ExactMath.Log(ExactMath.Abs(x) + Real.Parse("1e-30")),
        "sqrt" => ExactMath.Sqrt(ExactMath.Abs(x)),
        "tanh" => ExactMath.Tanh(x * 10),
        "sigmoid" => ExactMath.Sigmoid(x * 30),
        "erf" => ExactMath.Erf(x * 4),
        "pow" => ExactMath.Pow(ExactMath.Abs(x) + Real.Parse("0.01"), y * 5),
        _ => ExactMath.Exp(x) / ExactMath.Tanh(y - Real.Parse("1.25")),
    };

    /// <summary>A short decimal between −2 and 2, sometimes tiny.</summary>
    private static Real RandomDecimal(Random random)
    {
        var digits = random.Next(-20000, 20001);
        var scale = random.Next(4) == 0 ? random.Next(5, 30) : 4;
        return Real.FromFraction(digits, BigInteger.Pow(10, scale));
    }

    /// <summary>The ball's endpoints as exact rationals.</summary>
    private static (Real Min, Real Max) Interval(Ball ball)
    {
        ball.IsInfinite.ShouldBeFalse();
        var mid = ball.Mid * Pow2(ball.Exp);
        var rad = ball.Rad.IsZero ? Real.Zero : new BigInteger(ball.Rad.Man) * Pow2(ball.Rad.Exp);
        return (mid - rad, mid + rad);
    }

    private static Real Pow2(long exp) => Real.Pow(2, exp);
}
