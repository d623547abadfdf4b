namespace Explainer.Rendering.Diagrams;

/// <summary>A network figure laid out in whole pixels: circles, lines and every text with the box it takes.</summary>
/// <param name="Width">The width of the drawing, margins included.</param>
/// <param name="Height">The height of the drawing, margins included.</param>
/// <param name="Circles">The neurons and biases.</param>
/// <param name="Lines">The connections, each from circle edge to circle edge.</param>
/// <param name="Texts">Every text drawn, with its box (for the tests: inside the drawing, no two overlapping).</param>
internal sealed record NetworkLayout(int Width, int Height, IReadOnlyList<NetworkCircle> Circles, IReadOnlyList<NetworkLine> Lines, IReadOnlyList<NetworkText> Texts);

/// <summary>A neuron or bias circle: its kind (<c>input</c>, <c>hidden</c>, <c>output</c>, <c>bias</c>), its name and value, its centre.</summary>
internal sealed record NetworkCircle(string Kind, string Name, string Value, Point Centre, string Tooltip)
{
    /// <summary>Gets the box around the circle.</summary>
    public Box Box => new(Centre.X - NetworkFigureWriter.Radius, Centre.Y - NetworkFigureWriter.Radius, 2 * NetworkFigureWriter.Radius, 2 * NetworkFigureWriter.Radius);
}

/// <summary>A connection: a weight's line (with its label) or a bias line (without one).</summary>
internal sealed record NetworkLine(Point From, Point To, bool IsBias, string Tooltip, string? Id);

/// <summary>A text and the box it takes; <see cref="Role"/> is <c>name</c>, <c>value</c>, <c>weight</c> or <c>target</c>.</summary>
internal sealed record NetworkText(string Text, Box Box, string Role, int FontSize)
{
    /// <summary>Gets the baseline's point: the box's centre, moved down to where a font's x-height sits centred.</summary>
    public Point Baseline => new(Box.X + (Box.Width / 2), Box.Y + (Box.Height / 2) + (FontSize * 5 / 14));
}
