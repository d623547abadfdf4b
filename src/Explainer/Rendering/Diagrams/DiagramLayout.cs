using Explainer.Graph;

namespace Explainer.Rendering.Diagrams;

/// <summary>A finished layout: where every node, edge and edge label goes, in whole pixels.</summary>
/// <param name="Width">The width of the drawing, margins included.</param>
/// <param name="Height">The height of the drawing, margins included.</param>
/// <param name="LayerCount">The number of layers (columns, left to right).</param>
/// <param name="Nodes">The placed nodes, by node id.</param>
/// <param name="Edges">The routed edges, by edge index.</param>
internal sealed record DiagramLayout(int Width, int Height, int LayerCount, IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<RoutedEdge> Edges);

/// <summary>A node with its layer and its box.</summary>
internal sealed record PlacedNode(Node Node, int Layer, Box Box);

/// <summary>An edge as a run of legs from the input's right side to the consumer's left side, and where its label is centred.</summary>
internal sealed record RoutedEdge(DiagramEdge Edge, IReadOnlyList<EdgeLeg> Legs, Point? Label);

/// <summary>One piece of an edge's path: a horizontal-tangent cubic between layers, or a straight run through a layer.</summary>
internal readonly record struct EdgeLeg(Point From, Point To, bool Curved)
{
    /// <summary>Gets the first control point of the cubic: halfway across, level with the start.</summary>
    public Point Control1 => new(From.X + ((To.X - From.X) / 2), From.Y);

    /// <summary>Gets the second control point of the cubic: halfway across, level with the end.</summary>
    public Point Control2 => new(To.X - ((To.X - From.X) / 2), To.Y);

    /// <summary>Evaluates the cubic at t = <paramref name="sixteenths"/>/16, rounded to whole pixels; x grows with t.</summary>
    public Point At(int sixteenths)
    {
        long a = sixteenths;
        long b = 16 - sixteenths;
        var c1 = Control1;
        var c2 = Control2;
        long w0 = b * b * b, w1 = 3 * b * b * a, w2 = 3 * b * a * a, w3 = a * a * a;
        return new Point(
            (int)IntMath.RoundDiv((w0 * From.X) + (w1 * c1.X) + (w2 * c2.X) + (w3 * To.X), 4096),
            (int)IntMath.RoundDiv((w0 * From.Y) + (w1 * c1.Y) + (w2 * c2.Y) + (w3 * To.Y), 4096));
    }
}
