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
}
