using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The record of a backward pass: every edge's local partial and contribution, and every node's gradient.</summary>
/// <remarks>
/// The pass keeps the edges as numbers in flat arrays; the <see cref="EdgeStep"/> objects are made together, once, the
/// first time any is asked for, so a trace read only for its gradients (golden updates, training) never makes them.
/// </remarks>
public sealed class Trace
{
    private readonly Real[] _gradients;
    private readonly TraceEdges _edges;
    private EdgeSteps? _steps;

    internal Trace(ComputationGraph graph, Real[] gradients, TraceEdges edges)
    {
        Graph = graph;
        _gradients = gradients;
        _edges = edges;
    }

    /// <summary>Gets the graph that was differentiated.</summary>
    public ComputationGraph Graph { get; }

    /// <summary>Gets every edge in the order the backward pass visited them (consumers from the output down).</summary>
    public IReadOnlyList<EdgeStep> Edges => Steps.All;

    /// <summary>Gets ∂output/∂node.</summary>
    public Real Gradient(Node node) => _gradients[Check(node).Id];

    /// <summary>Gets ∂output/∂node for the node named <paramref name="name"/>.</summary>
    public Real Gradient(string name) => Gradient(Graph[name]);

    /// <summary>Gets the contributions whose sum is the node's gradient, ordered by consumer.</summary>
    public IReadOnlyList<EdgeStep> Contributions(Node node)
    {
        var id = Check(node).Id;
        var from = _edges.Start[id];
        return new ArraySegment<EdgeStep>(Steps.ByInput, from, _edges.Start[id + 1] - from);
    }

    /// <summary>Gets the edge from <paramref name="input"/> into <paramref name="consumer"/> (the first, if the input is used twice).</summary>
    /// <exception cref="KeyNotFoundException">There is no such edge.</exception>
    public EdgeStep Edge(string consumer, string input)
        => Edges.FirstOrDefault(e => e.Consumer.Name == consumer && e.Input.Name == input)
           ?? throw new KeyNotFoundException($"the graph has no edge {input} → {consumer}");

    private EdgeSteps Steps
    {
        get
        {
            var steps = Volatile.Read(ref _steps);
            if (steps is null)
            {
                // Racing readers may both make them; one set is kept, so an edge is the same object however it is reached.
                Interlocked.CompareExchange(ref _steps, MakeSteps(), null);
                steps = _steps!;
            }

            return steps;
        }
    }

    private EdgeSteps MakeSteps()
    {
        var (consumers, indices, start, incoming) = (_edges.Consumers, _edges.Indices, _edges.Start, _edges.Incoming);
        var nodes = Graph.Nodes;
        var all = new EdgeStep[consumers.Length];
        var byInput = new EdgeStep[consumers.Length];
        for (var n = 0; n < nodes.Count; n++)
        {
            var single = start[n + 1] - start[n] == 1;
            for (var slot = start[n]; slot < start[n + 1]; slot++)
            {
                var e = incoming[slot];
                var consumer = nodes[consumers[e]];
                var input = consumer.Inputs[indices[e]];

                // An input with one consumer took that edge's contribution as its gradient: the same value, not a second product.
                all[e] = single
                    ? new EdgeStep(consumer, input, indices[e], _edges.Partial(e, nodes), _gradients, _gradients[n])
                    : new EdgeStep(consumer, input, indices[e], _edges.Partial(e, nodes), _gradients);
                byInput[slot] = all[e];
            }
        }

        return new EdgeSteps(all, byInput);
    }

    private Node Check(Node node)
        => node.Id < Graph.Nodes.Count && ReferenceEquals(Graph.Nodes[node.Id], node)
            ? node
            : throw new ArgumentException($"node '{node.Name}' is not part of this graph", nameof(node));

    /// <summary>The edges as objects: in visiting order, and grouped by input as <see cref="TraceEdges.Incoming"/> orders them.</summary>
    private sealed record EdgeSteps(EdgeStep[] All, EdgeStep[] ByInput);
}
