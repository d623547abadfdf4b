using Explainer.Numbers;

namespace Explainer.Worked.Tests;

/// <summary>Two runs of the same example give the same graph, the same values and the same edge order.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [InlineData("frozen")]
    [InlineData("shared")]
    [InlineData("per-neuron")]
    public void Run_Twice_GivesSameNodesAndValues(string policy)
    {
        var first = Nodes(Run(policy));
        var second = Nodes(Run(policy));

        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("frozen")]
    [InlineData("shared")]
    [InlineData("per-neuron")]
    public void Run_Twice_GivesSameEdgeOrder(string policy)
    {
        var first = Edges(Run(policy));
        var second = Edges(Run(policy));

        second.ShouldBe(first);
    }

    private static WorkedRun Run(string policy) => Catalogue.Get("net-2-2-2").Run(Support.Policies.Parse(policy));

    private static List<string> Nodes(WorkedRun run)
        => [.. run.Graph.Nodes.Select(n => $"{n.Id} {n.Name} {Text(n.Value)} {Text(run.Trace.Gradient(n))}")];

    private static List<string> Edges(WorkedRun run)
        => [.. run.Trace.Edges.Select(e => $"{e.Consumer.Id}:{e.Consumer.Name} <- {e.Input.Id}:{e.Input.Name} [{e.Index}] {Text(e.Contribution)}")];

    private static string Text(Real value) => value.IsZero ? "0" : value.Format(40).Text;
}
