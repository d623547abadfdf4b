using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The reverse pass: a walk over the nodes in reverse creation order, no recursion.</summary>
public static class Backward
{
    /// <summary>Differentiates the graph's output with respect to every node, recording every edge.</summary>
    /// <remarks>
    /// Creation order is topological, so when a node is reached every consumer has already sent its
    /// contribution; the node's gradient is their sum, taken in ascending consumer order.
    /// </remarks>
    public static Trace Run(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var gradients = new Real[nodes.Count];
        var incoming = new List<EdgeStep>?[nodes.Count];
        var edges = new List<EdgeStep>();
        var values = new List<Real>();

        for (var id = graph.Output.Id; id >= 0; id--)
        {
            var node = nodes[id];
            var arrived = incoming[id];
            arrived?.Reverse();
            gradients[id] = id == graph.Output.Id ? Real.One : Sum(arrived);
            if (node.Op is null || (arrived is null && id != graph.Output.Id))
            {
                continue;
            }

            values.Clear();
            foreach (var input in node.Inputs)
            {
                values.Add(input.Value);
            }

            for (var i = node.Inputs.Count - 1; i >= 0; i--)
            {
                var input = node.Inputs[i];
                var partial = node.Op.LocalPartial(i, values, node.Value);
                var step = new EdgeStep(node, input, i, partial, gradients[id], gradients[id] * partial);
                edges.Add(step);
                (incoming[input.Id] ??= []).Add(step);
            }
        }

        var frozen = new EdgeStep[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            frozen[i] = incoming[i]?.ToArray() ?? [];
        }

        return new Trace(graph, gradients, frozen, edges);
    }

    private static Real Sum(List<EdgeStep>? steps)
    {
        var sum = Real.Zero;
        if (steps is not null)
        {
            foreach (var s in steps)
            {
                sum += s.Contribution;
            }
        }

        return sum;
    }
}
