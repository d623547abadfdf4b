namespace Explainer.Rendering.Diagrams;

/// <summary>Places the vertices of each layer vertically: near the mean of their neighbours, in order, never closer than a gap.</summary>
/// <remarks>
/// Each layer starts stacked and centred. Then, layer by layer and back again, every vertex is pulled toward the mean
/// height of its neighbours and the layer is projected onto its ordering constraints (yᵢ₊₁ ≥ yᵢ + separation) by
/// pool-adjacent-violators, the least-squares projection. All arithmetic is on integers.
/// </remarks>
internal static class VerticalPlacement
{
    private const int Rounds = 6;
    private const int NodeGap = 18;
    private const int DummyGap = 10;

    /// <summary>Returns each vertex's centre height; the smallest top edge is 0.</summary>
    public static int[] Apply(LayoutGraph g)
    {
        var y = new long[g.VertexCount];
        foreach (var members in g.Layers)
        {
            for (var i = 1; i < members.Count; i++)
            {
                y[members[i]] = y[members[i - 1]] + Separation(g, members[i - 1], members[i]);
            }

            if (members.Count > 0)
            {
                var shift = IntMath.FloorDiv(y[members[^1]], 2);
                foreach (var v in members)
                {
                    y[v] -= shift;
                }
            }
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var l = 0; l < g.LayerCount; l++)
            {
                Balance(g, g.Layers[l], y);
            }

            for (var l = g.LayerCount - 1; l >= 0; l--)
            {
                Balance(g, g.Layers[l], y);
            }
        }

        var top = long.MaxValue;
        for (var v = 0; v < g.VertexCount; v++)
        {
            top = Math.Min(top, y[v] - (g.Height[v] / 2));
        }

        var result = new int[g.VertexCount];
        for (var v = 0; v < g.VertexCount; v++)
        {
            result[v] = checked((int)(y[v] - top));
        }

        return result;
    }

    private static int Separation(LayoutGraph g, int upper, int lower)
        => ((g.Height[upper] + g.Height[lower]) / 2) + (g.IsDummy(upper) || g.IsDummy(lower) ? DummyGap : NodeGap);

    private static void Balance(LayoutGraph g, List<int> members, long[] y)
    {
        var count = members.Count;
        var offset = new long[count];
        var target = new long[count];
        for (var i = 0; i < count; i++)
        {
            var v = members[i];
            offset[i] = i == 0 ? 0 : offset[i - 1] + Separation(g, members[i - 1], v);
            var n = g.Preds[v].Count + g.Succs[v].Count;
            long sum = 0;
            foreach (var w in g.Preds[v])
            {
                sum += y[w];
            }

            foreach (var w in g.Succs[v])
            {
                sum += y[w];
            }

            target[i] = (n == 0 ? y[v] : IntMath.RoundDiv(sum, n)) - offset[i];
        }

        // Pool adjacent violators: blocks of (sum, count, first index) with non-decreasing means.
        var blocks = new List<(long Sum, long Count, int First)>();
        for (var i = 0; i < count; i++)
        {
            blocks.Add((target[i], 1, i));
            while (blocks.Count > 1 && blocks[^2].Sum * blocks[^1].Count > blocks[^1].Sum * blocks[^2].Count)
            {
                var (sum, n, first) = blocks[^2];
                blocks[^2] = (sum + blocks[^1].Sum, n + blocks[^1].Count, first);
                blocks.RemoveAt(blocks.Count - 1);
            }
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            var mean = IntMath.RoundDiv(blocks[b].Sum, blocks[b].Count);
            var end = b + 1 < blocks.Count ? blocks[b + 1].First : count;
            for (var i = blocks[b].First; i < end; i++)
            {
                y[members[i]] = mean + offset[i];
            }
        }
    }
}
