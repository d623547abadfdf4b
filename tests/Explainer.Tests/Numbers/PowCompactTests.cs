using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>A power kept exact while small and certified beyond a size (Adam's 1 − ρ₂ᵗ): the same digits either way, and no exact fraction that grows with t.</summary>
public sealed class PowCompactTests
{
    private static readonly Real Rho2 = Real.Parse("0.999");

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    public void SmallPowers_StayExact(int t)
    {
        var power = Real.PowCompact(Rho2, t, 256);

        power.IsExact.ShouldBeTrue();
        power.ShouldBe(Real.Pow(Rho2, t));
    }

    [Theory]
    [InlineData(26)]
    [InlineData(1000)]
    public void LargerPowers_AreCertifiedWithTheExactPowersDigits(int t)
    {
        var power = Real.PowCompact(Rho2, t, 256);

        power.IsExact.ShouldBeFalse();
        (Real.One - power).Format(60).Text.ShouldBe((Real.One - Real.Pow(Rho2, t)).Format(60).Text);
    }

    [Fact]
    public void AdamsCorrectionAtStepThousand_HasTheReferenceDigits()
    {
        // 1 − 0.999^1000 (mpmath, 50 digits): 0.63230457522903595537319386077953865602750010619483
        (Real.One - Real.PowCompact(Rho2, 1000, 256)).Format(19).Text.ShouldBe("0.6323045752290359554");
    }
}
