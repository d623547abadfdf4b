using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

public sealed class RealErrorTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Log_OfNonPositive_ThrowsDomainError(string argument)
    {
        var e = Should.Throw<RealDomainException>(() => ExactMath.Log(Real.Parse(argument)));

        e.Message.ShouldContain("log is defined for x > 0");
    }

    [Fact]
    public void Log_OfNegativeApproximation_ThrowsDomainError()
    {
        Should.Throw<RealDomainException>(() => ExactMath.Log(ExactMath.Tanh(-1)));
    }

    [Fact]
    public void Sqrt_OfNegative_ThrowsDomainError()
    {
        Should.Throw<RealDomainException>(() => ExactMath.Sqrt(-2)).Message.ShouldContain("sqrt(-2)");
    }

    [Fact]
    public void Pow_ZeroToNegative_ThrowsDivideByZero()
    {
        Should.Throw<DivideByZeroException>(() => ExactMath.Pow(0, -1));
    }

    [Fact]
    public void Pow_NegativeBaseFractionalExponent_ThrowsDomainError()
    {
        Should.Throw<RealDomainException>(() => ExactMath.Pow(-2, Real.Parse("0.5")));
    }

    [Fact]
    public void Division_ByExactZero_ThrowsDivideByZero()
    {
        Should.Throw<DivideByZeroException>(() => Real.One / Real.Zero);
    }

    [Fact]
    public void Division_ByApproximationOfZeroSize_IsRefusedNotInfinite()
    {
        var two = ExactMath.Sqrt(2) * ExactMath.Sqrt(2);

        Should.Throw<RealLimitException>(() => Real.One / (two - 2)).Message.ShouldContain("cannot decide");
    }

    [Theory]
    [InlineData("abc", "expected digits at position 1")]
    [InlineData("1.2.3", "unexpected '.' at position 4")]
    [InlineData("1e", "expected the exponent's digits")]
    [InlineData("", "expected digits")]
    [InlineData("0x10", "unexpected 'x' at position 2")]
    public void Parse_Garbage_ThrowsFormatExceptionWithPosition(string text, string message)
    {
        Should.Throw<FormatException>(() => Real.Parse(text)).Message.ShouldContain(message);
    }

    [Fact]
    public void Parse_AbsurdExponent_IsRefusedWithTheLimit()
    {
        Should.Throw<RealLimitException>(() => Real.Parse("1e999999999999")).Message.ShouldContain("±100000");
    }

    [Fact]
    public void Parse_ZeroDenominator_ThrowsDivideByZero()
    {
        Should.Throw<DivideByZeroException>(() => Real.Parse("3/0"));
    }

    [Fact]
    public void TryParse_Garbage_ReturnsTheMessage()
    {
        Real.TryParse("1..2", out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("position 3");
    }

    [Fact]
    public void Exp_OfAbsurdArgument_IsRefusedWithTheLimit()
    {
        Should.Throw<RealLimitException>(() => ExactMath.Exp(Real.Parse("1e20")));
    }

    [Fact]
    public void Pow_WithAbsurdResult_IsRefusedNotHung()
    {
        Should.Throw<RealLimitException>(() => Real.Pow(10, BigInteger.Pow(10, 15)).Format(5));
    }

    [Fact]
    public void Numerator_OfApproximation_Throws()
    {
        Should.Throw<InvalidOperationException>(() => ExactMath.Exp(1).Numerator);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void Format_DigitsOutOfRange_Throws(int digits)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Real.One.Format(digits));
    }
}
