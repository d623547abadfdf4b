using Explainer.Numbers;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>The AND neuron of 001:352, θ = (−30, 20, 20): its truth table, its loss, and the gradients that are exactly zero.</summary>
public sealed class AndNeuronTests
{
    private static readonly Lazy<WorkedRun> Run = new(() => Catalogue.Get("and-neuron").Run());

    [Theory]
    [InlineData("h_00", "9.357622968839299e-14")] // σ(−30); mpmath
    [InlineData("h_01", "4.539786870243439e-5")] // σ(−10)
    [InlineData("h_10", "4.539786870243439e-5")]
    [InlineData("h_11", "0.9999546021312976")] // σ(10)
    [InlineData("E", "3.091449724085209e-9")]
    public void Values_MatchMpmath(string node, string expected)
        => Digits.Of(Run.Value.Graph.Nodes.Single(n => n.Name == node).Value, 16).ShouldBe(Digits.Canonical(expected, 16));

    [Fact]
    public void SummaryBounds_AreTheEnginesValues()
    {
        // The summary says "0, 0, 0 and 1 to within 5 × 10⁻⁵" and "at |z| ≥ 10 the sigmoid's slope is below 5 × 10⁻⁵".
        var bound = Real.Parse("5e-5");
        foreach (var (row, target) in new[] { ("00", 0), ("01", 0), ("10", 0), ("11", 1) })
        {
            ExactMath.Abs(Node($"h_{row}").Value - target).ShouldBeLessThan(bound, row);
        }

        var h = Node("h_11").Value;
        (h * (1 - h)).ShouldBeLessThan(bound);
        Run.Value.Example.Summary.ShouldContain("within 5 × 10⁻⁵");
    }

    [Fact]
    public void BiasGradient_MatchesMpmath()
        => Digits.Of(Run.Value.Trace.Gradient(Node("b")), 15).ShouldBe(Digits.Canonical("2.06087291923769e-9", 15));

    [Theory]
    [InlineData("w1")]
    [InlineData("w2")]
    public void WeightGradients_AreExactlyZero_AndTheEngineSaysItCannotProveIt(string weight)
    {
        // Rows (1,0) and (1,1) contribute σ(−10)²σ(10) and −σ(−10)²σ(10): the sum is 0, which ball arithmetic can only enclose.
        var display = Run.Value.Trace.Gradient(Node(weight)).Format(10);

        display.IsDecided.ShouldBeFalse();
        display.Text.ShouldStartWith("[-");
        // The display's budget is its starting precision plus RealLimits.CancellationBits (4096 bits ≈ 10^−1233).
        display.Text.ShouldContain("e-125");
    }

    [Fact]
    public void Claims_TheNotesThetaMatches()
        => Run.Value.Checks.Select(c => (c.Claim.Printed, c.Status)).ShouldBe([("-30", Checking.ClaimStatus.Matches), ("20", Checking.ClaimStatus.Matches), ("20", Checking.ClaimStatus.Matches)]);

    private static Graph.Node Node(string name) => Run.Value.Graph.Nodes.Single(n => n.Name == name);
}
