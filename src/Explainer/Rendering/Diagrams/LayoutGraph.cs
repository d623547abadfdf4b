using Explainer.Graph;

namespace Explainer.Rendering.Diagrams;

/// <summary>
/// The layout's working graph: one vertex per node, plus one dummy vertex in every layer an edge passes over,
/// so that every link joins adjacent layers.
/// </summary>
/// <remarks>
/// A computed node's layer is its depth: the longest path to it from a leaf. A leaf sits in the layer just before its
/// first consumer, so weights, biases and constants stand next to the node they feed instead of piling up in layer 0.
/// </remarks>
internal sealed class LayoutGraph
{
    private LayoutGraph(int realCount, int layerCount, int edgeCount)
    {
        RealCount = realCount;
        Layers = new List<int>[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            Layers[l] = [];
        }

        Chains = new int[edgeCount][];
    }

    /// <summary>Gets the number of real vertices; they come first and share the node ids.</summary>
    public int RealCount { get; }

    /// <summary>Gets each vertex's layer.</summary>
    public List<int> Layer { get; } = [];

    /// <summary>Gets each vertex's height (zero for a dummy).</summary>
    public List<int> Height { get; } = [];

    /// <summary>Gets each vertex's tie-break key: a node's id, or a dummy's edge just after its source.</summary>
    public List<long> Key { get; } = [];

    /// <summary>Gets each vertex's neighbours in the previous layer, once per link.</summary>
    public List<List<int>> Preds { get; } = [];

    /// <summary>Gets each vertex's neighbours in the next layer, once per link.</summary>
    public List<List<int>> Succs { get; } = [];

    /// <summary>Gets, per edge, the vertices it passes through from input to consumer.</summary>
    public int[][] Chains { get; }

    /// <summary>Gets the vertices of each layer in their current order.</summary>
    public List<int>[] Layers { get; }

    /// <summary>Gets the number of layers.</summary>
    public int LayerCount => Layers.Length;

    /// <summary>Gets the number of vertices, real and dummy.</summary>
    public int VertexCount => Layer.Count;

    /// <summary>Gets a value indicating whether the vertex is a dummy.</summary>
    public bool IsDummy(int v) => v >= RealCount;

    /// <summary>Assigns layers, inserts dummies and puts each layer in tie-break order.</summary>
    public static LayoutGraph Build(ComputationGraph graph, IReadOnlyList<DiagramEdge> edges, IReadOnlyList<Extent> sizes)
    {
        var nodes = graph.Nodes;
        var layer = new int[nodes.Count];
        foreach (var node in nodes)
        {
            foreach (var input in node.Inputs)
            {
                layer[node.Id] = Math.Max(layer[node.Id], layer[input.Id] + 1);
            }
        }

        var firstUse = new int[nodes.Count];
        Array.Fill(firstUse, int.MaxValue);
        foreach (var e in edges)
        {
            firstUse[e.Input.Id] = Math.Min(firstUse[e.Input.Id], layer[e.Consumer.Id]);
        }

        var layerCount = 1;
        foreach (var node in nodes)
        {
            if (node.Inputs.Count == 0 && firstUse[node.Id] != int.MaxValue)
            {
                layer[node.Id] = firstUse[node.Id] - 1;
            }

            layerCount = Math.Max(layerCount, layer[node.Id] + 1);
        }

        var g = new LayoutGraph(nodes.Count, layerCount, edges.Count);
        var stride = (long)edges.Count + 1;
        foreach (var node in nodes)
        {
            g.Add(layer[node.Id], sizes[node.Id].Height, node.Id * stride);
        }

        foreach (var e in edges)
        {
            var from = e.Input.Id;
            var to = e.Consumer.Id;
            var chain = new int[layer[to] - layer[from] + 1];
            chain[0] = from;
            for (var l = layer[from] + 1; l < layer[to]; l++)
            {
                chain[l - layer[from]] = g.Add(l, 0, (from * stride) + 1 + e.Index);
            }

            chain[^1] = to;
            for (var k = 0; k + 1 < chain.Length; k++)
            {
                g.Succs[chain[k]].Add(chain[k + 1]);
                g.Preds[chain[k + 1]].Add(chain[k]);
            }

            g.Chains[e.Index] = chain;
        }

        foreach (var members in g.Layers)
        {
            members.Sort((a, b) => g.Key[a].CompareTo(g.Key[b]));
        }

        return g;
    }

    private int Add(int layer, int height, long key)
    {
        var v = Layer.Count;
        Layer.Add(layer);
        Height.Add(height);
        Key.Add(key);
        Preds.Add([]);
        Succs.Add([]);
        Layers[layer].Add(v);
        return v;
    }
}
