using Explainer.Numbers;
using Explainer.Training;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>The notes' numerical gradient check (001:878) on the 2-2-2 network: central differences against an independent mpmath computation.</summary>
public sealed class GradientCheckTests
{
    private static readonly Lazy<IReadOnlyList<GradientCheckRow>> Shared = new(() =>
        GradientCheck.Run(Catalogue.Get("net-2-2-2").Run(Policies.Parse("shared")).Network!.Spec, Real.Parse("1e-4")));

    [Theory]
    [InlineData("w1", "0.00043856773447344785945", "-8.98868e-16")]
    [InlineData("w5", "0.082167040540085216873", "-2.41456e-11")]
    [InlineData("w7", "-0.022602540494326902536", "-1.68518e-11")]
    [InlineData("b1", "0.01872560937674051633", "-1.79636e-11")] // the shared bias: both neurons nudged at once
    [InlineData("b2", "0.10040032491566507521", "-1.96336e-10")]
    public void CentralDifference_MatchesMpmath(string parameter, string numerical, string difference)
    {
        var row = Shared.Value.Single(r => r.Parameter == parameter);

        Digits.Of(row.Numerical, 20).ShouldBe(Digits.Canonical(numerical, 20));
        Digits.Of(row.Difference, 6).ShouldBe(Digits.Canonical(difference, 6));
    }

    [Fact]
    public void EveryParameter_AgreesWithBackpropToOrderEpsilonSquared()
    {
        Shared.Value.Count.ShouldBe(10);
        Shared.Value.ShouldAllBe(r => r.RelativeError < Real.Parse("1e-8"));
    }

    [Fact]
    public void HalvingEpsilon_QuartersTheDifference()
    {
        var spec = Catalogue.Get("net-2-2-2").Run().Network!.Spec;
        var coarse = GradientCheck.Run(spec, Real.Parse("0.01")).Single(r => r.Parameter == "w5").Difference;
        var fine = GradientCheck.Run(spec, Real.Parse("0.005")).Single(r => r.Parameter == "w5").Difference;
        var ratio = coarse / fine;

        (ratio > Real.Parse("3.99") && ratio < Real.Parse("4.01")).ShouldBeTrue($"ratio {ratio.Format(6)}");
    }

    [Fact]
    public void NonPositiveEpsilon_IsRejected()
        => Should.Throw<ArgumentException>(() => GradientCheck.Run(Catalogue.Get("net-2-2-2").Run().Network!.Spec, Real.Zero))
            .Message.ShouldBe("epsilon must be positive; got 0");
}
