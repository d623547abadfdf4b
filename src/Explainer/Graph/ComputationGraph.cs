namespace Explainer.Graph;

/// <summary>A finished graph: nodes in creation (topological) order and the output node.</summary>
public sealed class ComputationGraph
{
    private readonly Dictionary<string, Node> _byName;

    internal ComputationGraph(IReadOnlyList<Node> nodes, Node output, Dictionary<string, Node> byName)
    {
        Nodes = nodes;
        Output = output;
        _byName = byName;
    }

    /// <summary>Gets the nodes in creation order, which is a topological order.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Gets the node whose gradient the backward pass computes.</summary>
    public Node Output { get; }

    /// <summary>Finds a node by its name.</summary>
    /// <exception cref="KeyNotFoundException">No node has that name.</exception>
    public Node this[string name] => _byName.TryGetValue(name, out var n) ? n : throw new KeyNotFoundException($"the graph has no node '{name}'");

    /// <summary>Finds a node by its name, or returns null.</summary>
    public Node? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The same nodes with <paramref name="output"/> as the node to differentiate: a backward pass over it gives ∂output/∂node for that output alone (one sample's loss of a mini-batch).</summary>
    /// <exception cref="ArgumentException">The node is not part of this graph.</exception>
    internal ComputationGraph WithOutput(Node output)
        => output.Id < Nodes.Count && ReferenceEquals(Nodes[output.Id], output)
            ? new ComputationGraph(Nodes, output, _byName)
            : throw new ArgumentException($"node '{output.Name}' is not part of this graph", nameof(output));
}
