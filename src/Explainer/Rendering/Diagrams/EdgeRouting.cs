namespace Explainer.Rendering.Diagrams;

/// <summary>Routes edges: ports spread down each node's side in the order of the other ends, cubic legs between layers, straight runs through them.</summary>
internal static class EdgeRouting
{
    private const int PortSpacing = 8;
    private const int PortInset = 6;

    /// <summary>Returns the legs of every edge, by edge index.</summary>
    public static EdgeLeg[][] Route(LayoutGraph g, IReadOnlyList<DiagramEdge> edges, Box[] boxes, int[] y, Columns columns)
    {
        var outgoing = new List<int>[g.RealCount];
        var incoming = new List<int>[g.RealCount];
        for (var v = 0; v < g.RealCount; v++)
        {
            outgoing[v] = [];
            incoming[v] = [];
        }

        foreach (var e in edges)
        {
            outgoing[e.Input.Id].Add(e.Index);
            incoming[e.Consumer.Id].Add(e.Index);
        }

        var start = new int[edges.Count];
        var end = new int[edges.Count];
        for (var v = 0; v < g.RealCount; v++)
        {
            AssignPorts(outgoing[v], e => y[g.Chains[e][1]], boxes[v], start);
            AssignPorts(incoming[v], e => y[g.Chains[e][^2]], boxes[v], end);
        }

        var routes = new EdgeLeg[edges.Count][];
        foreach (var e in edges)
        {
            var chain = g.Chains[e.Index];
            var legs = new List<EdgeLeg>(2 * chain.Length);
            var at = new Point(boxes[chain[0]].Right, start[e.Index]);
            for (var k = 1; k + 1 < chain.Length; k++)
            {
                var l = g.Layer[chain[k]];
                var entry = new Point(columns.Left[l], y[chain[k]]);
                var exit = new Point(columns.Right(l), y[chain[k]]);
                legs.Add(new EdgeLeg(at, entry, true));
                legs.Add(new EdgeLeg(entry, exit, false));
                at = exit;
            }

            legs.Add(new EdgeLeg(at, new Point(boxes[chain[^1]].X, end[e.Index]), true));
            routes[e.Index] = [.. legs];
        }

        return routes;
    }

    private static void AssignPorts(List<int> edges, Func<int, int> otherEnd, Box box, int[] port)
    {
        edges.Sort((a, b) =>
        {
            var byHeight = otherEnd(a).CompareTo(otherEnd(b));
            return byHeight != 0 ? byHeight : a.CompareTo(b);
        });
        var n = edges.Count;
        var spacing = n <= 1 ? 0 : Math.Min(PortSpacing, (box.Height - (2 * PortInset)) / (n - 1));
        var centre = box.Y + (box.Height / 2);
        for (var k = 0; k < n; k++)
        {
            port[edges[k]] = centre + (((2 * k) - (n - 1)) * spacing / 2);
        }
    }
}
