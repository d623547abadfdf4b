namespace Explainer.Rendering.Diagrams;

/// <summary>Places edge labels on their edges, greedily in edge order, where they overlap no node or earlier label and cover the fewest other edges.</summary>
/// <remarks>
/// Candidates are the curved legs from the middle one outward, each at t = 8/16, 7/16, 9/16, … out to 3/16 and
/// 13/16, starting nearer the end where fewer edges meet (near a weight rather than the neuron it feeds). A candidate must stay inside its gap between columns and clear every node and placed label; among those,
/// the first that the fewest other edges pass through wins. A label that fits nowhere takes its first candidate, so
/// every label is still drawn on its edge. Edges are tested as 16-piece polylines.
/// </remarks>
internal static class LabelPlacement
{
    private const int NodeMargin = 4;
    private const int LabelMargin = 2;
    private const int Pieces = 16;
    private const int ClearMargin = 2;
    private static readonly int[] Middle = [8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13];
    private static readonly int[] NearFrom = [6, 7, 5, 8, 4, 9, 3, 10, 11, 12, 13];
    private static readonly int[] NearTo = [10, 9, 11, 8, 12, 7, 13, 6, 5, 4, 3];

    /// <summary>Returns each edge's label centre (null for an edge with an empty label) and, per gap, how many labels found no clear place.</summary>
    public static (Point?[] Centres, int[] Crowded) Place(LayoutGraph g, EdgeLeg[][] routes, IReadOnlyList<Extent> labels, Box[] boxes, Columns columns)
    {
        var crowded = new int[g.LayerCount];
        var nodesByLayer = new List<Box>[g.LayerCount];
        var labelsByGap = new List<Box>[g.LayerCount];
        var curvesByGap = new List<(int Edge, Box Bounds, Point[] Polyline)>[g.LayerCount];
        for (var l = 0; l < g.LayerCount; l++)
        {
            nodesByLayer[l] = [];
            labelsByGap[l] = [];
            curvesByGap[l] = [];
        }

        for (var v = 0; v < g.RealCount; v++)
        {
            nodesByLayer[g.Layer[v]].Add(boxes[v]);
        }

        for (var e = 0; e < routes.Length; e++)
        {
            var chain = g.Chains[e];
            for (var k = 0; k + 1 < chain.Length; k++)
            {
                var leg = routes[e][2 * k];
                var polyline = Enumerable.Range(0, Pieces + 1).Select(leg.At).ToArray();
                var (left, top) = (polyline.Min(p => p.X), polyline.Min(p => p.Y));
                var bounds = new Box(left, top, polyline.Max(p => p.X) - left, polyline.Max(p => p.Y) - top);
                curvesByGap[g.Layer[chain[k]]].Add((e, bounds, polyline));
            }
        }

        var result = new Point?[routes.Length];
        for (var e = 0; e < routes.Length; e++)
        {
            if (labels[e].Width == 0)
            {
                continue;
            }

            var chain = g.Chains[e];
            var curved = new List<(EdgeLeg Leg, int Gap, int[] Order)>();
            for (var k = 0; k + 1 < chain.Length; k++)
            {
                var fanOut = g.Succs[chain[k]].Count;
                var fanIn = g.Preds[chain[k + 1]].Count;
                curved.Add((routes[e][2 * k], g.Layer[chain[k]], fanIn > fanOut ? NearFrom : fanIn < fanOut ? NearTo : Middle));
            }

            (Point Point, int Gap)? first = null;
            (Point Point, int Gap, int Cost)? best = null;
            foreach (var (leg, gap, order) in MiddleFirst(curved))
            {
                foreach (var t in order)
                {
                    var p = leg.At(t);
                    first ??= (p, gap);
                    var box = Box.Centered(p, labels[e]);
                    if (best is { Cost: 0 } || !Fits(box, gap, columns, nodesByLayer, labelsByGap))
                    {
                        continue;
                    }

                    var cost = EdgesThrough(box with { Y = box.Y - ClearMargin, Height = box.Height + (2 * ClearMargin) }, e, curvesByGap[gap], best?.Cost ?? int.MaxValue);
                    if (best is null || cost < best.Value.Cost)
                    {
                        best = (p, gap, cost);
                    }
                }
            }

            var (point, at) = best is { } b ? (b.Point, b.Gap) : first!.Value;
            crowded[at] += best is { Cost: 0 } ? 0 : 1;
            labelsByGap[at].Add(Box.Centered(point, labels[e]));
            result[e] = point;
        }

        return (result, crowded);
    }

    private static IEnumerable<T> MiddleFirst<T>(List<T> items)
    {
        var lo = (items.Count - 1) / 2;
        var hi = lo + 1;
        while (lo >= 0 || hi < items.Count)
        {
            if (lo >= 0)
            {
                yield return items[lo--];
            }

            if (hi < items.Count)
            {
                yield return items[hi++];
            }
        }
    }

    private static bool Fits(Box box, int gap, Columns columns, List<Box>[] nodesByLayer, List<Box>[] labelsByGap)
    {
        if (box.X < columns.Right(gap) + LabelMargin || box.Right > columns.Left[gap + 1] - LabelMargin)
        {
            return false;
        }

        foreach (var node in nodesByLayer[gap].Concat(nodesByLayer[gap + 1]))
        {
            if (box.Overlaps(node, NodeMargin))
            {
                return false;
            }
        }

        foreach (var other in labelsByGap[gap])
        {
            if (box.Overlaps(other, LabelMargin))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the other edges that pass through <paramref name="box"/>, stopping once the count reaches <paramref name="enough"/>.</summary>
    private static int EdgesThrough(Box box, int self, List<(int Edge, Box Bounds, Point[] Polyline)> curves, int enough)
    {
        var count = 0;
        foreach (var (edge, bounds, polyline) in curves)
        {
            if (count >= enough)
            {
                break;
            }

            if (edge == self || !bounds.Overlaps(box, 1))
            {
                continue;
            }

            // A leg's x grows with t, so only the pieces whose x-range meets the box need testing.
            var i = 0;
            while (i + 2 < polyline.Length && polyline[i + 1].X < box.X)
            {
                i++;
            }

            for (; i + 1 < polyline.Length && polyline[i].X <= box.Right; i++)
            {
                if (SegmentTest.Touches(polyline[i], polyline[i + 1], box))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
