using Explainer.Graph;

namespace Explainer.Rendering.Diagrams;

/// <summary>One edge of a computation graph: <see cref="Input"/> is input number <see cref="Slot"/> of <see cref="Consumer"/>.</summary>
/// <param name="Index">The edge's position when edges are listed by consumer (creation order), then by slot.</param>
/// <param name="Input">The node the edge leaves.</param>
/// <param name="Consumer">The node the edge enters.</param>
/// <param name="Slot">The input's position among the consumer's inputs.</param>
internal sealed record DiagramEdge(int Index, Node Input, Node Consumer, int Slot)
{
    /// <summary>Lists the graph's edges by consumer, then by slot.</summary>
    public static IReadOnlyList<DiagramEdge> Of(ComputationGraph graph)
    {
        var edges = new List<DiagramEdge>();
        foreach (var node in graph.Nodes)
        {
            for (var slot = 0; slot < node.Inputs.Count; slot++)
            {
                edges.Add(new DiagramEdge(edges.Count, node.Inputs[slot], node, slot));
            }
        }

        return edges;
    }
}
