using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The record of a backward pass: every edge's local partial and contribution, and every node's gradient.</summary>
public sealed class Trace
{
    private readonly Real[] _gradients;
    private readonly EdgeStep[][] _incoming;

    internal Trace(ComputationGraph graph, Real[] gradients, EdgeStep[][] incoming, IReadOnlyList<EdgeStep> edges)
    {
        Graph = graph;
        _gradients = gradients;
        _incoming = incoming;
        Edges = edges;
    }

    /// <summary>Gets the graph that was differentiated.</summary>
    public ComputationGraph Graph { get; }

    /// <summary>Gets every edge in the order the backward pass visited them (consumers from the output down).</summary>
    public IReadOnlyList<EdgeStep> Edges { get; }

    /// <summary>Gets ∂output/∂node.</summary>
    public Real Gradient(Node node) => _gradients[Check(node).Id];

    /// <summary>Gets ∂output/∂node for the node named <paramref name="name"/>.</summary>
    public Real Gradient(string name) => Gradient(Graph[name]);

    /// <summary>Gets the contributions whose sum is the node's gradient, ordered by consumer.</summary>
    public IReadOnlyList<EdgeStep> Contributions(Node node) => _incoming[Check(node).Id];

    /// <summary>Gets the edge from <paramref name="input"/> into <paramref name="consumer"/> (the first, if the input is used twice).</summary>
    /// <exception cref="KeyNotFoundException">There is no such edge.</exception>
    public EdgeStep Edge(string consumer, string input)
        => Edges.FirstOrDefault(e => e.Consumer.Name == consumer && e.Input.Name == input)
           ?? throw new KeyNotFoundException($"the graph has no edge {input} → {consumer}");

    private Node Check(Node node)
        => node.Id < Graph.Nodes.Count && ReferenceEquals(Graph.Nodes[node.Id], node)
            ? node
            : throw new ArgumentException($"node '{node.Name}' is not part of this graph", nameof(node));
}
