using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>The engine's gradient of every input and parameter agrees with a central difference of an independent double model.</summary>
public sealed class FiniteDifferenceTests
{
    /// <summary>Relative tolerance; the central difference's own error here is below 1e-8 relative (h² f‴ and ε f / h).</summary>
    private const double Tolerance = 1e-6;

    /// <summary>An absolute floor for gradients that are exactly zero (∂f/∂x at w = 0), which have no scale to be relative to.</summary>
    private const double Floor = 1e-12;

    private readonly RunCache _runs = new();

    public static TheoryData<string, string> Examples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var example in Catalogue.All)
            {
                foreach (var policy in Policies.For(example))
                {
                    data.Add(example.Id, policy);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, string, string> LeafCases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var example in Catalogue.All)
            {
                foreach (var policy in Policies.For(example))
                {
                    foreach (var leaf in example.Run(Policies.Parse(policy)).Graph.Nodes.Where(Leaves.IsVariable))
                    {
                        data.Add(example.Id, policy, leaf.Name);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Model_OfExample_ReadsExactlyTheGraphsLeaves(string example, string policy)
    {
        var run = _runs.Get(example, policy);
        var leaves = Leaves.Of(run.Graph);

        DoubleModels.Evaluate(example, Policies.Parse(policy), leaves);

        leaves.Read.Order(StringComparer.Ordinal).ShouldBe(run.Graph.Nodes.Where(Leaves.IsVariable).Select(n => n.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Model_AtExampleValues_ReproducesEngineOutput(string example, string policy)
    {
        var run = _runs.Get(example, policy);

        var model = DoubleModels.Evaluate(example, Policies.Parse(policy), Leaves.Of(run.Graph));

        model.ShouldBe(run.Graph.Output.Value.ToDouble(), 1e-12 * Math.Max(1, Math.Abs(model)));
    }

    [Theory]
    [MemberData(nameof(LeafCases))]
    public void Gradient_OfLeaf_AgreesWithCentralDifference(string example, string policy, string leaf)
    {
        var run = _runs.Get(example, policy);
        var leaves = Leaves.Of(run.Graph);
        var x = leaves[leaf];
        var h = 1e-5 * Math.Max(1, Math.Abs(x));
        var bias = Policies.Parse(policy);
        var difference = (DoubleModels.Evaluate(example, bias, leaves.With(leaf, x + h)) - DoubleModels.Evaluate(example, bias, leaves.With(leaf, x - h))) / (2 * h);

        var gradient = run.Trace.Gradient(leaf).ToDouble();

        difference.ShouldBe(gradient, (Tolerance * Math.Abs(gradient)) + Floor, $"∂{run.Graph.Output.Name}/∂{leaf}: engine {run.Trace.Gradient(leaf).Format(12).Text}");
    }
}
