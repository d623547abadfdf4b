using Explainer.Numbers;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>A node used twice gets the sum of its paths: out_h1 feeds both outputs, and a shared bias feeds both neurons of its layer.</summary>
public sealed class MultiPathTests
{
    /// <summary>Digits at which two computations of one real must print the same.</summary>
    private const int Digits = 40;

    private readonly RunCache _runs = new();

    [Fact]
    public void Contributions_OfOutH1_AreThroughNetO1ThenNetO2()
    {
        var run = _runs.Get("net-2-2-2", "frozen");

        run.Trace.Contributions(run.Graph["out_h1"]).Select(e => e.Consumer.Name).ShouldBe(["net_o1", "net_o2"]);
    }

    [Fact]
    public void Gradient_OfOutH1_IsSumOfItsTwoContributions()
    {
        var run = _runs.Get("net-2-2-2", "frozen");
        var sum = run.Resolve("path:net_o1/out_h1") + run.Resolve("path:net_o2/out_h1");

        Text(run.Trace.Gradient("out_h1")).ShouldBe(Text(sum));
    }

    [Fact]
    public void Contributions_OfSharedB1_AreThroughNetH1ThenNetH2()
    {
        var run = _runs.Get("net-2-2-2", "shared");

        run.Trace.Contributions(run.Graph["b1"]).Select(e => e.Consumer.Name).ShouldBe(["net_h1", "net_h2"]);
    }

    [Fact]
    public void Gradient_OfSharedB1_IsSumOfNetH1AndNetH2Gradients()
    {
        var run = _runs.Get("net-2-2-2", "shared");
        var sum = run.Trace.Gradient("net_h1") + run.Trace.Gradient("net_h2");

        Text(run.Trace.Gradient("b1")).ShouldBe(Text(sum));
    }

    [Theory]
    [InlineData("frozen", new[] { "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8" })]
    [InlineData("shared", new[] { "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2" })]
    [InlineData("per-neuron", new[] { "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b_h1", "b_h2", "b_o1", "b_o2" })]
    public void Updates_UnderPolicy_CoverItsTrainableParameters(string policy, string[] parameters)
    {
        var run = _runs.Get("net-2-2-2", policy);

        run.Updates.Select(u => u.Parameter.Name).ShouldBe(parameters);
    }

    [Fact]
    public void Update_OfSharedB1_Is0Point3406371953()
    {
        var run = _runs.Get("net-2-2-2", "shared");

        run.Resolve("update:b1").Format(10).Text.ShouldBe("0.3406371953");
    }

    [Fact]
    public void Update_OfSharedB2_Is0Point5497998374()
    {
        var run = _runs.Get("net-2-2-2", "shared");

        run.Resolve("update:b2").Format(10).Text.ShouldBe("0.5497998374");
    }

    private static string Text(Real value) => value.Format(Digits).Text;
}
