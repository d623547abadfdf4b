using System.Globalization;
using System.Text;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Rendering.Diagrams;

/// <summary>Draws a small network as the notes do: neurons as circles in layers with their values inside, each weight's name and value on its connection, the biases.</summary>
/// <remarks>
/// Every text is <see cref="FontSize"/> px, so that a page showing the figure at its own width or at most
/// 11/<see cref="FontSize"/> smaller keeps every text at 11 px or more: the across figure fits a 576 px column, the down
/// figure a 358 px one (a 390 px phone). Weight labels go where the first of a list of places along their line
/// (nearest the line's start first, as the notes write them) overlaps no circle and no other text and touches no other
/// line, so that each label reads as its own line's.
/// </remarks>
public static class NetworkFigureWriter
{
    /// <summary>The size of every text, in px of the drawing.</summary>
    public const int FontSize = 14;

    /// <summary>The radius of every circle.</summary>
    internal const int Radius = 32;

    private const int Margin = 8;
    private const int TextHeight = 18;
    private const int LabelPad = 6;
    private static readonly int[] Places = [30, 50, 70, 20, 40, 60, 80, 25, 75];

    /// <summary>Draws <paramref name="network"/>, or returns null when it is too big for such a figure (more than four layers or four neurons in a layer) or has several samples.</summary>
    /// <exception cref="ArgumentException">The id prefix is not a valid id start.</exception>
    public static string? Write(Network network, NetworkFigureOptions? options = null)
    {
        options ??= NetworkFigureOptions.Default;
        var prefix = options.IdPrefix;
        if (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || SvgIds.Safe(prefix) != prefix))
        {
            throw new ArgumentException($"id prefix '{prefix}' must start with an ASCII letter and hold only letters, digits, '_' and '-'", nameof(options));
        }

        var shape = NetworkShape.Of(network);
        return shape is null ? null : Render(shape, Layout(shape, options), options);
    }

    /// <summary>Lays the network out, or returns null when <see cref="Write"/> would draw nothing.</summary>
    internal static NetworkLayout? LayoutOf(Network network, NetworkFigureOptions options)
        => NetworkShape.Of(network) is { } shape ? Layout(shape, options) : null;

    internal static NetworkLayout Layout(NetworkShape shape, NetworkFigureOptions options)
    {
        var across = options.Orientation == NetworkOrientation.Across;
        var layerGap = across ? 230 : 170;
        var slotGap = across ? 112 : 148;
        var layers = shape.Layers.Count;
        var slots = shape.Layers.Max(l => l.Count);
        var biasSlots = shape.Biases.GroupBy(b => b.Layer).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var hasTargets = shape.Targets.Count > 0;
        var targetTexts = hasTargets ? shape.Targets.Select(t => "target " + Number(t.Value, options.Digits)).ToList() : [];
        var targetExtent = targetTexts.Select(t => TextMetrics.Width(t, FontSize) + LabelPad).DefaultIfEmpty(0).Max();

        // Layer axis (along the flow) and slot axis (across it), mapped to x/y by the orientation.
        var start = Margin + Radius;
        int LayerAt(int l) => start + (l * layerGap);
        int SlotAt(int s, int count) => start + (s * slotGap) + ((slots - count) * slotGap / 2);
        Point P(int along, int side) => across ? new Point(along, side) : new Point(side, along);

        var circles = new List<NetworkCircle>();
        var texts = new List<NetworkText>();
        var centres = new List<Point[]>();
        for (var l = 0; l < layers; l++)
        {
            var layer = shape.Layers[l];
            var kind = l == 0 ? "input" : l == layers - 1 ? "output" : "hidden";
            var row = new Point[layer.Count];
            for (var i = 0; i < layer.Count; i++)
            {
                var node = layer[i];
                row[i] = P(LayerAt(l), SlotAt(i, layer.Count));
                var value = Number(node.Value, options.Digits);
                circles.Add(new NetworkCircle(kind, NetworkShape.NeuronName(node), value, row[i], $"{node.Name} = {value}"));
            }

            centres.Add(row);
        }

        var biasCentres = new Point[shape.Biases.Count];
        for (var b = 0; b < shape.Biases.Count; b++)
        {
            var bias = shape.Biases[b];
            var index = shape.Biases.Take(b).Count(x => x.Layer == bias.Layer);
            biasCentres[b] = P((LayerAt(bias.Layer) + LayerAt(bias.Layer + 1)) / 2, start + ((slots + index) * slotGap));
            var value = Number(bias.Node.Value, options.Digits);
            circles.Add(new NetworkCircle("bias", bias.Node.Name, value, biasCentres[b], $"{bias.Node.Name} = {value}"));
        }

        foreach (var c in circles)
        {
            texts.Add(new NetworkText(c.Name, Box.Centered(c.Centre with { Y = c.Centre.Y - 9 }, new Extent(TextMetrics.Width(c.Name, FontSize), TextHeight)), "name", FontSize));
            texts.Add(new NetworkText(c.Value, Box.Centered(c.Centre with { Y = c.Centre.Y + 10 }, new Extent(TextMetrics.Width(c.Value, FontSize), TextHeight)), "value", FontSize));
        }

        for (var o = 0; o < targetTexts.Count; o++)
        {
            var centre = centres[^1][o];
            var width = TextMetrics.Width(targetTexts[o], FontSize) + LabelPad;
            var at = across ? new Point(centre.X + Radius + 8 + (width / 2), centre.Y) : new Point(centre.X, centre.Y + Radius + 6 + (TextHeight / 2));
            texts.Add(new NetworkText(targetTexts[o], Box.Centered(at, new Extent(width, TextHeight)), "target", FontSize));
        }

        var alongEnd = LayerAt(layers - 1) + Radius + (hasTargets ? (across ? 8 + targetExtent : 6 + TextHeight) : 0) + Margin;
        var sideEnd = start + ((slots + biasSlots - 1) * slotGap) + Radius + Margin;
        var (width0, height0) = across ? (alongEnd, sideEnd) : (sideEnd, alongEnd);
        var bounds = new Box(0, 0, width0, height0);

        var lines = new List<NetworkLine>();
        foreach (var w in shape.Weights)
        {
            var (from, to) = Trim(centres[w.Layer][w.Source], centres[w.Layer + 1][w.Target]);
            var source = NetworkShape.NeuronName(shape.Layers[w.Layer][w.Source]);
            var target = NetworkShape.NeuronName(shape.Layers[w.Layer + 1][w.Target]);
            lines.Add(new NetworkLine(from, to, false, $"{WeightLabel(w, options)}: {source} → {target}", SvgIds.Safe("weight-" + w.Weight.Name)));
        }

        for (var b = 0; b < shape.Biases.Count; b++)
        {
            foreach (var j in shape.Biases[b].Targets)
            {
                var (from, to) = Trim(biasCentres[b], centres[shape.Biases[b].Layer + 1][j]);
                lines.Add(new NetworkLine(from, to, true, $"{shape.Biases[b].Node.Name} → {NetworkShape.NeuronName(shape.Layers[shape.Biases[b].Layer + 1][j])}", null));
            }
        }

        // A label goes at the first place along its line that overlaps no circle and no text and touches no other line
        // (so that it reads as its own line's); failing that, the first that only overlaps nothing.
        var circleBoxes = circles.Select(c => c.Box).ToList();
        for (var i = 0; i < shape.Weights.Count; i++)
        {
            var line = lines[i];
            var label = WeightLabel(shape.Weights[i], options);
            var extent = new Extent(TextMetrics.Width(label, FontSize) + LabelPad, TextHeight);
            var free = Places
                .Select(percent => Box.Centered(new Point(line.From.X + ((line.To.X - line.From.X) * percent / 100), line.From.Y + ((line.To.Y - line.From.Y) * percent / 100)), extent))
                .Where(box => Inside(box, bounds) && !circleBoxes.Any(c => c.Overlaps(box, 1)) && !texts.Any(t => t.Box.Overlaps(box, 1)))
                .ToList();
            var alone = free.Where(box => !lines.Where((other, k) => k != i).Any(other => SegmentTest.Touches(other.From, other.To, box)));
            var chosen = alone.Concat(free).Cast<Box?>().FirstOrDefault() ?? Box.Centered(new Point((line.From.X + line.To.X) / 2, (line.From.Y + line.To.Y) / 2), extent);
            texts.Add(new NetworkText(label, chosen, "weight", FontSize));
        }

        return new NetworkLayout(width0, height0, circles, lines, texts);
    }

    private static string WeightLabel(NetworkConnection w, NetworkFigureOptions options) => $"{w.Weight.Name} = {Number(w.Weight.Value, options.Digits)}";

    private static bool Inside(Box box, Box bounds) => box.X >= bounds.X && box.Y >= bounds.Y && box.Right <= bounds.Right && box.Bottom <= bounds.Bottom;

    /// <summary>The segment between two centres, cut back to the circles' edges (the end a little more, for the arrowhead).</summary>
    private static (Point From, Point To) Trim(Point a, Point b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        Point At(double distance) => new((int)Math.Round(a.X + (dx * distance / length)), (int)Math.Round(a.Y + (dy * distance / length)));
        return (At(Radius), At(length - Radius - 1));
    }

    private static string Render(NetworkShape shape, NetworkLayout layout, NetworkFigureOptions options)
    {
        var p = options.IdPrefix;
        var sizes = string.Join("-", shape.Layers.Select(l => l.Count.ToString(CultureInfo.InvariantCulture)));
        var svg = new SvgBuilder();
        svg.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "explainer-network"),
            ("role", "img"),
            ("aria-labelledby", $"{p}network-title {p}network-desc"),
            ("viewBox", $"0 0 {I(layout.Width)} {I(layout.Height)}"),
            ("width", I(layout.Width)),
            ("height", I(layout.Height)));
        svg.Element("title", options.Title ?? $"The {sizes} network", ("id", $"{p}network-title"));
        svg.Element("desc", Describe(shape, options), ("id", $"{p}network-desc"));
        svg.Open("style");
        svg.Lines(FigureStyle.Network());
        svg.Close();
        svg.Open("defs");
        svg.Open("marker", ("id", p + "network-arrow"), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"), ("markerWidth", "9"), ("markerHeight", "9"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto"));
        svg.Element("path", null, ("class", "arrow"), ("d", "M0,0 L10,5 L0,10 z"));
        svg.Close();
        svg.Close();
        svg.Open("g", ("class", "connections"));
        foreach (var line in layout.Lines)
        {
            svg.Open("g", ("class", line.IsBias ? "connection bias" : "connection"), ("id", line.Id is null ? null : p + line.Id));
            svg.Element("title", line.Tooltip);
            svg.Element("line", null, ("x1", I(line.From.X)), ("y1", I(line.From.Y)), ("x2", I(line.To.X)), ("y2", I(line.To.Y)), ("marker-end", $"url(#{p}network-arrow)"));
            svg.Close();
        }

        svg.Close();
        svg.Open("g", ("class", "labels"));
        foreach (var text in layout.Texts.Where(t => t.Role is "weight" or "target"))
        {
            var box = text.Box;
            svg.Element("rect", null, ("class", "label-bg"), ("x", I(box.X)), ("y", I(box.Y)), ("width", I(box.Width)), ("height", I(box.Height)), ("rx", "3"));
            svg.Element("text", text.Text, ("class", text.Role), ("x", I(text.Baseline.X)), ("y", I(text.Baseline.Y)));
        }

        svg.Close();
        svg.Open("g", ("class", "neurons"));
        var names = layout.Texts.Where(t => t.Role == "name").ToList();
        var values = layout.Texts.Where(t => t.Role == "value").ToList();
        for (var i = 0; i < layout.Circles.Count; i++)
        {
            var c = layout.Circles[i];
            svg.Open("g", ("class", "neuron " + c.Kind), ("id", p + SvgIds.Safe("neuron-" + c.Name)));
            svg.Element("title", c.Tooltip);
            svg.Element("circle", null, ("cx", I(c.Centre.X)), ("cy", I(c.Centre.Y)), ("r", I(Radius)));
            svg.Element("text", c.Name, ("class", "name"), ("x", I(names[i].Baseline.X)), ("y", I(names[i].Baseline.Y)));
            svg.Element("text", c.Value, ("class", "value"), ("x", I(values[i].Baseline.X)), ("y", I(values[i].Baseline.Y)));
            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private static string Describe(NetworkShape shape, NetworkFigureOptions options)
    {
        var sb = new StringBuilder();
        sb.Append(options.Orientation == NetworkOrientation.Across ? "Drawn left to right" : "Drawn top to bottom");
        sb.Append(": each neuron is a circle with its name and its output value; each weight's name and value is on its connection.");
        for (var l = 0; l < shape.Layers.Count; l++)
        {
            var what = l == 0 ? "Inputs" : l == shape.Layers.Count - 1 ? "Outputs" : "Hidden layer";
            sb.Append(' ').Append(what).Append(": ").AppendJoin(", ", shape.Layers[l].Select(n => $"{NetworkShape.NeuronName(n)} = {Number(n.Value, options.Digits)}")).Append('.');
        }

        if (shape.Biases.Count > 0)
        {
            sb.Append(" Biases: ").AppendJoin(", ", shape.Biases.Select(b => $"{b.Node.Name} = {Number(b.Node.Value, options.Digits)}")).Append('.');
        }

        return sb.ToString();
    }

    private static string Number(Real value, int digits) => value.IsZero ? "0" : Minus(value.Format(digits).Text);

    private static string Minus(string text) => text.StartsWith('-') ? "−" + text[1..] : text;

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
