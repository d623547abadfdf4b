using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

public sealed class RealExactnessTests
{
    [Fact]
    public void Arithmetic_OnShortDecimals_IsExact()
    {
        var net = (Real.Parse("0.15") * Real.Parse("0.05")) + (Real.Parse("0.2") * Real.Parse("0.1")) + Real.Parse("0.35");

        net.IsExact.ShouldBeTrue();
        net.ShouldBe(Real.FromFraction(3775, 10000));
        net.Format(30).Text.ShouldBe("0.3775");
        net.Format(30).Status.ShouldBe(RealDisplayStatus.Exact);
    }

    [Theory]
    [InlineData("0.15", 3, 20)]
    [InlineData("-2.5", -5, 2)]
    [InlineData("1e-3", 1, 1000)]
    [InlineData("2.5E+2", 250, 1)]
    [InlineData("3/7", 3, 7)]
    [InlineData("-6/4", -3, 2)]
    [InlineData(".5", 1, 2)]
    [InlineData("15.", 15, 1)]
    [InlineData("  0.10  ", 1, 10)]
    [InlineData("0.000", 0, 1)]
    public void Parse_Decimal_IsTheExactReducedFraction(string text, int num, int den)
    {
        var value = Real.Parse(text);

        value.Numerator.ShouldBe(new BigInteger(num));
        value.Denominator.ShouldBe(new BigInteger(den));
    }

    [Fact]
    public void Parse_TinyLiteral_KeepsEveryDigitExact()
    {
        var value = Real.Parse("1e-5000");

        value.IsExact.ShouldBeTrue();
        value.Denominator.ShouldBe(BigInteger.Pow(10, 5000));
        value.Format(3).Text.ShouldBe("1e-5000");
    }

    [Fact]
    public void Default_IsZero()
    {
        Real value = default;

        value.IsZero.ShouldBeTrue();
        value.ShouldBe(Real.Zero);
        (value + 1).ShouldBe(Real.One);
        value.Denominator.ShouldBe(BigInteger.One);
    }

    [Fact]
    public void Division_OfExactValues_IsReduced()
    {
        var q = Real.Parse("0.6") / Real.Parse("0.4");

        q.Numerator.ShouldBe(new BigInteger(3));
        q.Denominator.ShouldBe(new BigInteger(2));
    }

    [Fact]
    public void Pow_IntegerExponent_IsExact()
    {
        Real.Pow(Real.Parse("0.5"), 10).ShouldBe(Real.FromFraction(1, 1024));
        Real.Pow(Real.Parse("-2/3"), -3).ShouldBe(Real.FromFraction(-27, 8));
        ExactMath.Pow(Real.Parse("2.25"), Real.Parse("1.5")).ShouldBe(Real.Parse("3.375"));
    }

    [Theory]
    [InlineData("exp", "0", "1")]
    [InlineData("log", "1", "0")]
    [InlineData("sqrt", "9/4", "3/2")]
    [InlineData("sigmoid", "0", "1/2")]
    [InlineData("tanh", "0", "0")]
    [InlineData("erf", "0", "0")]
    [InlineData("relu", "-2.5", "0")]
    [InlineData("relu", "2.5", "5/2")]
    [InlineData("abs", "-0.25", "1/4")]
    public void Function_AtSpecialPoint_StaysExact(string function, string argument, string expected)
    {
        var x = Real.Parse(argument);
        var y = function switch
        {
            "exp" => ExactMath.Exp(x),
            "log" => ExactMath.Log(x),
            "sqrt" => ExactMath.Sqrt(x),
            "sigmoid" => ExactMath.Sigmoid(x),
            "tanh" => ExactMath.Tanh(x),
            "erf" => ExactMath.Erf(x),
            "relu" => ExactMath.Relu(x),
            _ => ExactMath.Abs(x),
        };

        y.IsExact.ShouldBeTrue();
        y.ShouldBe(Real.Parse(expected));
    }

    [Fact]
    public void Function_OfIrrationalResult_IsCertifiedNotExact()
    {
        ExactMath.Exp(1).IsExact.ShouldBeFalse();
        ExactMath.Sqrt(2).IsExact.ShouldBeFalse();
    }

    [Fact]
    public void Multiplication_PastTheSizeCap_BecomesACertifiedApproximation()
    {
        var factor = Real.Pow(Real.FromFraction(1, 3), 1000);
        var value = Real.One;
        var steps = 0;
        while (value.IsExact)
        {
            value *= factor;
            steps++;
        }

        // 3^n needs more than 32768 bits once n > 32768 / log2(3) ≈ 20674.
        steps.ShouldBe(21);
        value.Format(5).Text.ShouldBe("2.8422e-10020"); // mpmath: 3^-21000 = 2.842175472e-10020
    }

    [Fact]
    public void Subtraction_OfTheSameApproximation_IsExactlyZero()
    {
        var t = ExactMath.Tanh(Real.Parse("0.5"));

        (t - t).IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Multiplication_ByExactZero_IsExactZero()
    {
        (ExactMath.Exp(1) * Real.Zero).IsZero.ShouldBeTrue();
    }
}
