namespace Explainer.Rendering.Diagrams;

/// <summary>Orders the vertices within each layer to reduce edge crossings: barycenter sweeps, keeping the best order seen.</summary>
/// <remarks>
/// A sweep reorders each layer by the mean position of its neighbours in the layer just swept (left to right, then
/// right to left). Vertices with no neighbour there keep their slot; ties go to the tie-break key (creation order).
/// Barycenters are compared as exact fractions, so the result is the same on every machine.
/// </remarks>
internal static class LayerOrdering
{
    private const int Sweeps = 8;

    /// <summary>Reorders <paramref name="g"/>'s layers in place.</summary>
    public static void Apply(LayoutGraph g)
    {
        var pos = new int[g.VertexCount];
        Renumber(g, pos);
        var best = Snapshot(g);
        var bestCrossings = Crossings(g, pos);
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            if (sweep % 2 == 0)
            {
                for (var l = 1; l < g.LayerCount; l++)
                {
                    Reorder(g, g.Layers[l], g.Preds, pos);
                }
            }
            else
            {
                for (var l = g.LayerCount - 2; l >= 0; l--)
                {
                    Reorder(g, g.Layers[l], g.Succs, pos);
                }
            }

            var crossings = Crossings(g, pos);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Snapshot(g);
            }
        }

        for (var l = 0; l < g.LayerCount; l++)
        {
            g.Layers[l].Clear();
            g.Layers[l].AddRange(best[l]);
        }
    }

    /// <summary>Counts the crossings between adjacent layers: inversions among links sorted by their left end.</summary>
    public static long Crossings(LayoutGraph g, int[] pos)
    {
        long total = 0;
        var links = new List<(int From, int To)>();
        for (var l = 0; l + 1 < g.LayerCount; l++)
        {
            links.Clear();
            foreach (var v in g.Layers[l])
            {
                foreach (var w in g.Succs[v])
                {
                    links.Add((pos[v], pos[w]));
                }
            }

            links.Sort();
            var tree = new long[g.Layers[l + 1].Count + 1];
            for (var k = 0; k < links.Count; k++)
            {
                var seenAtOrBelow = 0L;
                for (var i = links[k].To + 1; i > 0; i -= i & -i)
                {
                    seenAtOrBelow += tree[i];
                }

                total += k - seenAtOrBelow;
                for (var i = links[k].To + 1; i < tree.Length; i += i & -i)
                {
                    tree[i]++;
                }
            }
        }

        return total;
    }

    private static void Reorder(LayoutGraph g, List<int> members, List<List<int>> neighbours, int[] pos)
    {
        var movable = new List<(int Vertex, long Sum, int Count)>();
        foreach (var v in members)
        {
            if (neighbours[v].Count > 0)
            {
                long sum = 0;
                foreach (var w in neighbours[v])
                {
                    sum += pos[w];
                }

                movable.Add((v, sum, neighbours[v].Count));
            }
        }

        movable.Sort((a, b) =>
        {
            var byMean = (a.Sum * b.Count).CompareTo(b.Sum * a.Count);
            return byMean != 0 ? byMean : g.Key[a.Vertex].CompareTo(g.Key[b.Vertex]);
        });
        var next = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (neighbours[members[i]].Count > 0)
            {
                members[i] = movable[next++].Vertex;
            }

            pos[members[i]] = i;
        }
    }

    private static void Renumber(LayoutGraph g, int[] pos)
    {
        foreach (var members in g.Layers)
        {
            for (var i = 0; i < members.Count; i++)
            {
                pos[members[i]] = i;
            }
        }
    }

    private static int[][] Snapshot(LayoutGraph g) => g.Layers.Select(members => members.ToArray()).ToArray();
}
