using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The forward pass again, with some leaves given other values: the error after an update.</summary>
public static class ForwardPass
{
    /// <summary>Every node's value, in creation order, with the leaves in <paramref name="leaves"/> replaced by the values given there.</summary>
    /// <remarks>Creation order is topological, so one walk computes each node from inputs already computed, with the ops of the graph.</remarks>
    /// <exception cref="ArgumentException">A key of <paramref name="leaves"/> is not a leaf of <paramref name="graph"/>.</exception>
    public static IReadOnlyList<Real> Evaluate(ComputationGraph graph, IReadOnlyDictionary<Node, Real> leaves)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(leaves);
        var nodes = graph.Nodes;
        foreach (var leaf in leaves.Keys)
        {
            if (leaf.Id >= nodes.Count || !ReferenceEquals(nodes[leaf.Id], leaf) || leaf.Op is not null)
            {
                throw new ArgumentException($"'{leaf.Name}' is not a leaf of this graph", nameof(leaves));
            }
        }

        var values = new Real[nodes.Count];
        foreach (var node in nodes)
        {
            if (node.Op is null)
            {
                values[node.Id] = leaves.TryGetValue(node, out var given) ? given : node.Value;
                continue;
            }

            var inputs = new Real[node.Inputs.Count];
            for (var i = 0; i < inputs.Length; i++)
            {
                inputs[i] = values[node.Inputs[i].Id];
            }

            values[node.Id] = node.Op.Forward(inputs);
        }

        return values;
    }
}
