using System.Globalization;
using System.Numerics;
using System.Text;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Rendering.Diagrams;

/// <summary>Plots a one-input op and its derivative on −3 ≤ x ≤ 3: the function solid, the derivative dashed, both named in a legend.</summary>
/// <remarks>
/// The curves are sampled from the op's own forward value and local partial at x = k/20, converted to
/// <see cref="double"/>: a plot is a picture, and no number drawn on it is a computed value (the ticks are whole
/// numbers). A jump of the derivative (ReLU's at 0) breaks the dashed line instead of drawing a slope that is not there.
/// </remarks>
public static class FunctionPlotWriter
{
    /// <summary>The size of every text, in px of the drawing (shown at its own width or less).</summary>
    public const int FontSize = 12;

    internal const int Width = 248;
    internal const int Height = 190;
    internal const int Left = 30;
    internal const int Right = 240;
    internal const int Top = 32;
    internal const int Bottom = 156;
    internal const double MinX = -3;
    internal const double MaxX = 3;
    internal const double MinY = -1.25;
    internal const double MaxY = 3.25;
    private const int PerUnit = 20;
    private const double Jump = 0.3;

    /// <summary>Plots <paramref name="op"/>, a function of one input, titled <paramref name="name"/>.</summary>
    /// <param name="op">The op: its forward value and its local partial are plotted.</param>
    /// <param name="name">The function's name, for the plot's title and description (the page's caption names it in the page's language; the legend is f(x) and f′(x)).</param>
    /// <param name="idPrefix">A prefix for the ids in the SVG, so that several plots can share one page.</param>
    /// <exception cref="ArgumentException">The op takes other than one input, or the id prefix is not a valid id start.</exception>
    public static string Write(Op op, string name, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idPrefix);
        op.Validate(1);
        if (idPrefix.Length == 0 || !char.IsAsciiLetter(idPrefix[0]) || SvgIds.Safe(idPrefix) != idPrefix)
        {
            throw new ArgumentException($"id prefix '{idPrefix}' must start with an ASCII letter and hold only letters, digits, '_' and '-'", nameof(idPrefix));
        }

        var samples = Sample(op);
        var svg = new SvgBuilder();
        svg.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "explainer-plot"),
            ("role", "img"),
            ("aria-labelledby", $"{idPrefix}-title {idPrefix}-desc"),
            ("viewBox", $"0 0 {I(Width)} {I(Height)}"),
            ("width", I(Width)),
            ("height", I(Height)));
        svg.Element("title", $"{name} and its derivative", ("id", $"{idPrefix}-title"));
        svg.Element("desc", $"The function f(x) = {name}(x) as a solid line and its derivative f′(x) as a dashed line, for x from −3 to 3; the vertical axis runs from −1.25 to 3.25.", ("id", $"{idPrefix}-desc"));
        svg.Open("style");
        svg.Lines(FigureStyle.Plot());
        svg.Close();
        svg.Element("rect", null, ("class", "frame"), ("x", I(Left)), ("y", I(Top)), ("width", I(Right - Left)), ("height", I(Bottom - Top)));
        svg.Open("g", ("class", "ticks"));
        for (var x = -3; x <= 3; x++)
        {
            svg.Element("line", null, ("class", x == 0 ? "axis" : "grid"), ("x1", I(X(x))), ("y1", I(Top)), ("x2", I(X(x))), ("y2", I(Bottom)));
            svg.Element("text", Tick(x), ("class", "tick x"), ("x", I(X(x))), ("y", I(Bottom + 15)));
        }

        for (var y = -1; y <= 3; y++)
        {
            svg.Element("line", null, ("class", y == 0 ? "axis" : "grid"), ("x1", I(Left)), ("y1", I(Y(y))), ("x2", I(Right)), ("y2", I(Y(y))));
            svg.Element("text", Tick(y), ("class", "tick y"), ("x", I(Left - 4)), ("y", I(Y(y) + 4)));
        }

        svg.Element("text", "x", ("class", "axis-label"), ("x", I(Right - 6)), ("y", I(Bottom + 30)));
        svg.Element("text", "y", ("class", "axis-label"), ("x", "8"), ("y", I(Top - 6)));
        svg.Close();
        svg.Element("path", null, ("class", "function"), ("d", PathData(samples.Select(s => (s.X, s.Y)).ToList(), breakJumps: false)));
        svg.Element("path", null, ("class", "derivative"), ("d", PathData(samples.Select(s => (s.X, s.Slope)).ToList(), breakJumps: true)));
        svg.Open("g", ("class", "legend"));
        svg.Element("line", null, ("class", "function"), ("x1", I(Left)), ("y1", "14"), ("x2", I(Left + 28)), ("y2", "14"));
        svg.Element("text", "f(x)", ("x", I(Left + 34)), ("y", "18"));
        svg.Element("line", null, ("class", "derivative"), ("x1", "104"), ("y1", "14"), ("x2", "132"), ("y2", "14"));
        svg.Element("text", "f′(x)", ("x", "138"), ("y", "18"));
        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    /// <summary>The samples at x = k/20 for −3 ≤ x ≤ 3: the value and the local partial, as doubles for drawing.</summary>
    internal static IReadOnlyList<(double X, double Y, double Slope)> Sample(Op op)
    {
        var samples = new List<(double, double, double)>();
        for (var k = (int)(MinX * PerUnit); k <= MaxX * PerUnit; k++)
        {
            var x = Real.FromFraction(new BigInteger(k), new BigInteger(PerUnit));
            var inputs = new[] { x };
            var y = op.Forward(inputs);
            samples.Add((x.ToDouble(), y.ToDouble(), op.LocalPartial(0, inputs, y).ToDouble()));
        }

        return samples;
    }

    private static string PathData(IReadOnlyList<(double X, double Y)> points, bool breakJumps)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            var move = i == 0 || (breakJumps && Math.Abs(points[i].Y - points[i - 1].Y) > Jump);
            sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " ")}{(move ? 'M' : 'L')}{X(points[i].X):0.#},{Y(points[i].Y):0.#}");
        }

        return sb.ToString();
    }

    private static double X(double x) => Left + ((x - MinX) * (Right - Left) / (MaxX - MinX));

    private static double Y(double y) => Bottom - ((Math.Clamp(y, MinY, MaxY) - MinY) * (Bottom - Top) / (MaxY - MinY));

    private static int X(int x) => (int)Math.Round(X((double)x));

    private static int Y(int y) => (int)Math.Round(Y((double)y));

    private static string Tick(int value) => value < 0 ? "−" + (-value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
