using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>The upward-rounded bounds of ball radii.</summary>
public sealed class MagTests
{
    [Fact]
    public void Add_OfAShortMantissaAndAFarSmallerBound_RoundsUpByOneUnitOf32Bits()
    {
        // 2 + 2^−100 is at most 2·(1 + 2^−31), not 3 (a unit of the unwidened mantissa 2).
        var sum = Mag.Create(2, 0) + Mag.Pow2(-100);

        sum.Log2Estimate().ShouldBeGreaterThan(1);
        sum.Log2Estimate().ShouldBeLessThan(1 + 1e-9);
    }

    [Fact]
    public void Add_OfAShortMantissaAndANearbyBound_RoundsUpTo32Bits()
    {
        // 1 + 2^−40: the widened mantissa 2^31·2^−31 and 2^−40 are added exactly, then rounded up to 1 + 2^−31.
        var sum = Mag.Pow2(0) + Mag.Pow2(-40);

        sum.Man.ShouldBe((1UL << 31) + 1);
        sum.Exp.ShouldBe(-31);
    }

    [Fact]
    public void Add_RepeatedDoublingOfAnError_GrowsByTwoEachTime()
    {
        // The doubling steps of the exp series: ε ← ε·(2 + tiny) + 1, fifty times, stays near 2^50·ε.
        var error = Mag.Create(100, 0);
        for (var i = 0; i < 50; i++)
        {
            error = (error * (Mag.Create(2, 0) + Mag.Pow2(-16000))) + Mag.Pow2(0);
        }

        error.Log2Estimate().ShouldBeLessThan(50 + Math.Log2(101) + 0.01);
    }
}
