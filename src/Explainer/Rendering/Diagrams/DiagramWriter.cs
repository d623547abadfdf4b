using System.Globalization;
using System.Text;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Rendering.Diagrams;

/// <summary>Draws a computation graph as a standalone, accessible inline SVG: values on nodes and, with a trace, gradients on edges (but not on a constant's or a target's: nothing asks for their gradient).</summary>
/// <remarks>
/// The layout is layered left to right (see <c>LayeredLayout</c>); no text is under 11 px at the drawing's own size; every coordinate is a whole pixel, so the same graph
/// gives the same bytes on every run and machine. Each node is a <c>&lt;g id="node-{name}"&gt;</c> and each edge a
/// <c>&lt;g id="edge-{input}-{consumer}"&gt;</c>, each with a <c>&lt;title&gt;</c> tooltip; colours come from CSS custom
/// properties declared in the SVG's own style sheet, with a dark scheme.
/// </remarks>
public static class DiagramWriter
{
    private const int NodeHeight = 42;
    private const int ConstantHeight = 28;
    private const int NodePadding = 10;
    private const int MinNodeWidth = 44;
    private const int NameSize = 13;
    private const int ScriptSize = 11;
    private const int ValueSize = 12;
    private const int LabelSize = 11;
    private const int LabelHeight = 14;

    /// <summary>Writes the diagram of <paramref name="graph"/>, with the gradients of <paramref name="trace"/> on its edges when given.</summary>
    /// <exception cref="ArgumentException">The trace is of another graph, or the id prefix is not a valid id start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The digits are not between 1 and <see cref="RealLimits.MaxDigits"/>.</exception>
    public static string Write(ComputationGraph graph, Trace? trace = null, DiagramOptions? options = null)
    {
        var scene = Prepare(graph, trace, options);
        return Render(graph, scene, SvgIds.Assign(graph.Nodes, [.. scene.Layout.Edges.Select(r => r.Edge)], scene.Options.IdPrefix), trace is not null);
    }

    /// <summary>Validates the arguments, formats every string and lays the graph out, without writing markup.</summary>
    internal static DiagramScene Prepare(ComputationGraph graph, Trace? trace, DiagramOptions? options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= DiagramOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Digits, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Digits, RealLimits.MaxDigits, nameof(options));
        if (trace is not null && !ReferenceEquals(trace.Graph, graph))
        {
            throw new ArgumentException("the trace is of another graph", nameof(trace));
        }

        var prefix = options.IdPrefix;
        if (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || SvgIds.Safe(prefix) != prefix))
        {
            throw new ArgumentException($"id prefix '{prefix}' must start with an ASCII letter and hold only letters, digits, '_' and '-'", nameof(options));
        }

        var edges = DiagramEdge.Of(graph);
        var steps = new EdgeStep?[edges.Count];
        if (trace is not null)
        {
            var first = new int[graph.Nodes.Count];
            var index = 0;
            foreach (var node in graph.Nodes)
            {
                first[node.Id] = index;
                index += node.Inputs.Count;
            }

            foreach (var step in trace.Edges)
            {
                steps[first[step.Consumer.Id] + step.Index] = step;
            }
        }

        var text = new DrawnText(graph, trace, steps, options.Digits);
        var nodeSizes = graph.Nodes.Select(n => NodeExtent(n, text)).ToArray();
        var labelSizes = edges.Select(e => text.Labels[e.Index] is { } l ? new Extent(TextMetrics.Width(l, LabelSize) + 4, LabelHeight) : default).ToArray();
        return new DiagramScene(LayeredLayout.Compute(graph, edges, nodeSizes, labelSizes), labelSizes, text, options);
    }

    private static Extent NodeExtent(Node node, DrawnText text)
    {
        var width = Math.Max(NameWidth(text.Names[node.Id]), node.Kind == NodeKind.Constant ? 0 : TextMetrics.Width(text.Values[node.Id], ValueSize));
        return new Extent(Math.Max(MinNodeWidth, width + (2 * NodePadding)), node.Kind == NodeKind.Constant ? ConstantHeight : NodeHeight);
    }

    private static int NameWidth(IReadOnlyList<TextRun> runs)
        => runs.Sum(r => TextMetrics.Width(r.Text, r.Script == Script.Normal ? NameSize : ScriptSize));

    private static string Render(ComputationGraph graph, DiagramScene scene, SvgIds ids, bool withGradients)
    {
        var (layout, labelSizes, text, options) = scene;
        var p = options.IdPrefix;
        var svg = new SvgBuilder();
        svg.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "explainer-diagram"),
            ("role", "img"),
            ("aria-labelledby", $"{p}diagram-title {p}diagram-desc"),
            ("viewBox", $"0 0 {I(layout.Width)} {I(layout.Height)}"),
            ("width", I(layout.Width)),
            ("height", I(layout.Height)));
        svg.Element("title", options.Title ?? $"Computation graph of {graph.Output.Name}", ("id", $"{p}diagram-title"));
        svg.Element("desc", Describe(graph, layout, withGradients), ("id", $"{p}diagram-desc"));
        svg.Open("style");
        svg.Lines(DiagramStyle.For(p));
        svg.Close();
        svg.Open("defs");
        foreach (var (id, cls) in new[] { ("arrow", "arrow"), ("arrow-active", "arrow-active") })
        {
            svg.Open("marker", ("id", p + id), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"), ("markerWidth", "8"), ("markerHeight", "8"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto"));
            svg.Element("path", null, ("class", cls), ("d", "M0,0 L10,5 L0,10 z"));
            svg.Close();
        }

        svg.Close();
        svg.Open("g", ("class", "edges"));
        foreach (var edge in layout.Edges)
        {
            var e = edge.Edge;
            svg.Open("g", ("id", ids.Edges[e.Index]), ("class", "edge"), ("data-from", e.Input.Name), ("data-to", e.Consumer.Name));
            svg.Element("title", text.EdgeTitle(e));
            svg.Element("path", null, ("d", PathData(edge.Legs)), ("marker-end", $"url(#{p}arrow)"));
            if (edge.Label is { } at && text.Labels[e.Index] is { } label)
            {
                var box = Box.Centered(at, labelSizes[e.Index]);
                svg.Element("rect", null, ("class", "label-bg"), ("x", I(box.X)), ("y", I(box.Y)), ("width", I(box.Width)), ("height", I(box.Height)), ("rx", "3"));
                svg.Element("text", label, ("x", I(at.X)), ("y", I(at.Y + 4)));
            }

            svg.Close();
        }

        svg.Close();
        svg.Open("g", ("class", "nodes"));
        foreach (var placed in layout.Nodes)
        {
            var node = placed.Node;
            var box = placed.Box;
            var kind = node.Kind.ToString().ToLowerInvariant();
            var cls = ReferenceEquals(node, graph.Output) ? $"node {kind} output" : $"node {kind}";
            svg.Open("g", ("id", ids.Nodes[node.Id]), ("class", cls), ("data-name", node.Name));
            svg.Element("title", text.NodeTitle(node));
            svg.Element("rect", null, ("x", I(box.X)), ("y", I(box.Y)), ("width", I(box.Width)), ("height", I(box.Height)), ("rx", "6"));
            var centre = I(box.X + (box.Width / 2));
            var constant = node.Kind == NodeKind.Constant;
            svg.Runs("text", NameRuns(text.Names[node.Id]), ("class", "name"), ("x", centre), ("y", I(box.Y + (constant ? 19 : 18))));
            if (!constant)
            {
                svg.Element("text", text.Values[node.Id], ("class", "value"), ("x", centre), ("y", I(box.Y + 35)));
            }

            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    /// <summary>Writes the runs as tspans whose <c>dy</c> moves between baselines and back.</summary>
    private static IEnumerable<(string, (string, string?)[]?)> NameRuns(IReadOnlyList<TextRun> runs)
    {
        var shift = 0;
        foreach (var run in runs)
        {
            var target = run.Script switch { Script.Sub => 3, Script.Super => -5, _ => 0 };
            var dy = target == shift ? null : I(target - shift);
            shift = target;
            yield return run.Script == Script.Normal && dy is null
                ? (run.Text, null)
                : (run.Text, [("class", run.Script == Script.Normal ? null : "script"), ("dy", dy)]);
        }
    }

    private static string Describe(ComputationGraph graph, DiagramLayout layout, bool withGradients)
    {
        var output = graph.Output.Name;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Computation graph of {output} with {graph.Nodes.Count} nodes and {layout.Edges.Count} edges in {layout.LayerCount} layers, drawn left to right from the leaves to the output");
        sb.Append(withGradients
            ? $"; values on nodes, gradients on edges (each edge shows the input's contribution to ∂{output}/∂input through it: the upstream gradient times the local partial)."
            : "; values on nodes.");
        foreach (var (kind, label) in new[] { (NodeKind.Input, "Inputs"), (NodeKind.Parameter, "Parameters"), (NodeKind.Constant, "Constants") })
        {
            var names = graph.Nodes.Where(n => n.Kind == kind).Select(n => kind == NodeKind.Constant ? $"{n.Name} = {n.Symbol}" : n.Name).ToList();
            if (names.Count > 0)
            {
                sb.Append(' ').Append(label).Append(": ").AppendJoin(", ", names).Append('.');
            }
        }

        return sb.ToString();
    }

    private static string PathData(IReadOnlyList<EdgeLeg> legs)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"M{legs[0].From.X},{legs[0].From.Y}");
        foreach (var leg in legs)
        {
            if (leg.Curved)
            {
                var (c1, c2) = (leg.Control1, leg.Control2);
                sb.Append(CultureInfo.InvariantCulture, $" C{c1.X},{c1.Y} {c2.X},{c2.Y} {leg.To.X},{leg.To.Y}");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $" L{leg.To.X},{leg.To.Y}");
            }
        }

        return sb.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
