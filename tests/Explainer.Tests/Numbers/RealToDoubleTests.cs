using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary><see cref="Real.ToDouble"/>: the double nearest the proven value, not the noise of a coarse midpoint.</summary>
public sealed class RealToDoubleTests
{
    [Fact]
    public void ToDouble_AfterACancellation_IsTheSmallDifference_NotNoise()
    {
        var x = ExactMath.Sqrt(Real.FromFraction(2, 1));

        var difference = (x + Real.Parse("1e-30")) - x;

        difference.ToDouble().ShouldBe(1e-30, 1e-44);
    }

    [Fact]
    public void ToDouble_OfACertifiedValue_IsTheNearestDouble()
        => ExactMath.Sigmoid(Real.Parse("0.3775")).ToDouble().ShouldBe(0.5932699921071872);

    [Fact]
    public void ToDouble_OfAnUndecidableZero_IsTiny()
    {
        var x = ExactMath.Sqrt(Real.FromFraction(2, 1));

        Math.Abs(((x * x) - 2).ToDouble()).ShouldBeLessThan(1e-300);
    }
}
