using Explainer.Graph;

namespace Explainer.Rendering.Diagrams;

/// <summary>Lays a computation graph out in layers from left (leaves) to right (output), with every coordinate a whole pixel.</summary>
/// <remarks>
/// Layers are topological depths (leaves just before their first consumer); each layer starts in creation order and
/// is reordered by barycenter sweeps; vertical positions balance each node between its neighbours; edges that skip
/// layers run through reserved dummy slots. No step recurses, so a long chain lays out in linear stack space.
/// </remarks>
internal static class LayeredLayout
{
    /// <summary>The blank border around the drawing.</summary>
    public const int Margin = 12;

    private const int MinGap = 48;
    private const int LabelPadding = 8;
    private const int Widenings = 4;
    private const int WidenBy = 24;

    // More crowded labels than this in one gap is a fan of many edges into one node, which a wider gap does not untangle.
    private const int MaxCrowdedToWiden = 24;

    /// <summary>Computes the layout from the node and label sizes the writer measured.</summary>
    /// <param name="graph">The graph to lay out.</param>
    /// <param name="edges">The graph's edges, as <see cref="DiagramEdge.Of"/> lists them.</param>
    /// <param name="nodeSizes">Each node's box, by node id.</param>
    /// <param name="labelSizes">Each edge label's box, by edge index; a zero width means no label.</param>
    public static DiagramLayout Compute(ComputationGraph graph, IReadOnlyList<DiagramEdge> edges, IReadOnlyList<Extent> nodeSizes, IReadOnlyList<Extent> labelSizes)
    {
        var g = LayoutGraph.Build(graph, edges, nodeSizes);
        LayerOrdering.Apply(g);
        var y = VerticalPlacement.Apply(g);
        for (var v = 0; v < y.Length; v++)
        {
            y[v] += Margin;
        }

        // Widen the gaps where some labels found no clear place, while that helps; keep the attempt with the fewest such labels.
        var gaps = Gaps(g, edges, labelSizes);
        (Columns Columns, Box[] Boxes, EdgeLeg[][] Routes, Point?[] Labels, int Crowded)? best = null;
        for (var attempt = 0; attempt <= Widenings; attempt++)
        {
            var columns = PlaceColumns(g, nodeSizes, gaps);
            var boxes = new Box[g.RealCount];
            foreach (var node in graph.Nodes)
            {
                var size = nodeSizes[node.Id];
                var l = g.Layer[node.Id];
                boxes[node.Id] = new Box(columns.Left[l] + ((columns.Width[l] - size.Width) / 2), y[node.Id] - (size.Height / 2), size.Width, size.Height);
            }

            var routes = EdgeRouting.Route(g, edges, boxes, y, columns);
            var (labels, crowded) = LabelPlacement.Place(g, routes, labelSizes, boxes, columns);
            var total = crowded.Sum();
            if (best is { } b && total >= b.Crowded)
            {
                break;
            }

            best = (columns, boxes, routes, labels, total);
            var widened = false;
            for (var l = 0; l < gaps.Length; l++)
            {
                if (crowded[l] is > 0 and <= MaxCrowdedToWiden)
                {
                    gaps[l] += WidenBy;
                    widened = true;
                }
            }

            if (!widened)
            {
                break;
            }
        }

        var (finalColumns, finalBoxes, finalRoutes, finalLabels, _) = best!.Value;
        var height = finalBoxes.Length == 0 ? 0 : finalBoxes.Max(b => b.Bottom);
        for (var e = 0; e < finalLabels.Length; e++)
        {
            if (finalLabels[e] is { } p)
            {
                height = Math.Max(height, p.Y + (labelSizes[e].Height / 2));
            }
        }

        var placed = graph.Nodes.Select(n => new PlacedNode(n, g.Layer[n.Id], finalBoxes[n.Id])).ToArray();
        var routed = edges.Select(e => new RoutedEdge(e, finalRoutes[e.Index], finalLabels[e.Index])).ToArray();
        return new DiagramLayout(finalColumns.Right(g.LayerCount - 1) + Margin, height + Margin, g.LayerCount, placed, routed);
    }

    private static int[] Gaps(LayoutGraph g, IReadOnlyList<DiagramEdge> edges, IReadOnlyList<Extent> labelSizes)
    {
        // A label off the middle of its leg sits about 0.4 of the way across, so the gap is 1.3 label widths.
        var gap = new int[g.LayerCount];
        Array.Fill(gap, MinGap);
        foreach (var e in edges)
        {
            var label = labelSizes[e.Index].Width;
            if (label == 0)
            {
                continue;
            }

            var chain = g.Chains[e.Index];
            for (var k = 0; k + 1 < chain.Length; k++)
            {
                var l = g.Layer[chain[k]];
                gap[l] = Math.Max(gap[l], (label * 13 / 10) + (2 * LabelPadding));
            }
        }

        return gap;
    }

    private static Columns PlaceColumns(LayoutGraph g, IReadOnlyList<Extent> nodeSizes, int[] gap)
    {
        var width = new int[g.LayerCount];
        for (var v = 0; v < g.RealCount; v++)
        {
            width[g.Layer[v]] = Math.Max(width[g.Layer[v]], nodeSizes[v].Width);
        }

        var left = new int[g.LayerCount];
        left[0] = Margin;
        for (var l = 1; l < g.LayerCount; l++)
        {
            left[l] = left[l - 1] + width[l - 1] + gap[l - 1];
        }

        return new Columns(left, width);
    }
}
