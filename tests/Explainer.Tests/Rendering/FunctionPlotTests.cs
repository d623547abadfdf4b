using System.Globalization;
using System.Xml.Linq;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Rendering.Diagrams;

namespace Explainer.Tests.Rendering;

public sealed class FunctionPlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Sample_Sigmoid_AtZero_IsOneHalfWithSlopeOneQuarter()
    {
        var zero = FunctionPlotWriter.Sample(Ops.Sigmoid).Single(s => s.X == 0);

        zero.Y.ShouldBe(0.5);
        zero.Slope.ShouldBe(0.25);
    }

    [Fact]
    public void Sample_Tanh_CoversMinusThreeToThreeInTwentieths()
    {
        var samples = FunctionPlotWriter.Sample(Ops.Tanh);

        samples.Count.ShouldBe(121);
        samples[0].X.ShouldBe(-3);
        samples[^1].X.ShouldBe(3);
        samples[^1].Y.ShouldBe(Math.Tanh(3), 1e-12);
        samples[^1].Slope.ShouldBe(1 - (Math.Tanh(3) * Math.Tanh(3)), 1e-12);
    }

    [Fact]
    public void Write_Sigmoid_DrawsTheDerivativeThroughOneQuarterAtZero()
    {
        var derivative = Path(Plot(Ops.Sigmoid), "derivative");

        // x = 0 is the middle of the plot's width; y = 0.25 is a quarter of the way from the 0 line to the 1 line.
        var (x, y) = (Middle(), Between(0.25));
        derivative.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"L{x:0.#},{y:0.#}"));
    }

    [Fact]
    public void Write_Relu_BreaksTheDerivativeAtItsJumpButNotTheFunction()
    {
        var svg = Plot(Ops.Relu);

        Path(svg, "derivative").Count(c => c == 'M').ShouldBe(2);
        Path(svg, "function").Count(c => c == 'M').ShouldBe(1);
    }

    [Fact]
    public void Write_Legend_NamesEachCurveInWordsAndLineStyle()
    {
        var doc = XDocument.Parse(Plot(Ops.Tanh));
        var legend = doc.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "legend");
        var style = doc.Root!.Element(Svg + "style")!.Value;

        legend.Elements(Svg + "text").Select(t => t.Value).ShouldBe(["f(x)", "f′(x)"]);
        legend.Elements(Svg + "line").Select(l => l.Attribute("class")!.Value).ShouldBe(["function", "derivative"]);
        style.ShouldContain(".derivative { fill: none; stroke: var(--_grad); stroke-width: 2px; stroke-dasharray: 6 4; }");
        style.ShouldContain("@media screen and (prefers-color-scheme: dark)");
    }

    [Fact]
    public void Write_Tanh_LabelsBothAxesAndKeepsEveryTextInside()
    {
        var doc = XDocument.Parse(Plot(Ops.Tanh));
        var texts = doc.Descendants(Svg + "text").ToList();

        texts.Where(t => t.Attribute("class")?.Value == "axis-label").Select(t => t.Value).ShouldBe(["x", "y"]);
        texts.Where(t => t.Attribute("class")?.Value == "tick x").Select(t => t.Value).ShouldBe(["−3", "−2", "−1", "0", "1", "2", "3"]);
        texts.ShouldAllBe(t => N(t, "x") >= 0 && N(t, "x") <= FunctionPlotWriter.Width && N(t, "y") >= FunctionPlotWriter.FontSize && N(t, "y") <= FunctionPlotWriter.Height - 3);
    }

    [Fact]
    public void Write_FitsAPhoneColumnAtItsOwnSize()
    {
        var root = XDocument.Parse(Plot(Ops.Gelu)).Root!;

        // Shown at its own size in a 358 px column, so its 12 px text stays 12 px.
        N(root, "width").ShouldBeLessThanOrEqualTo(358);
        FunctionPlotWriter.FontSize.ShouldBeGreaterThanOrEqualTo(11);
        root.Element(Svg + "title")!.Value.ShouldBe("gelu and its derivative");
        root.Attribute("aria-labelledby")!.Value.ShouldBe("plot-gelu-title plot-gelu-desc");
    }

    [Fact]
    public void Write_OpOfTwoInputs_Throws()
    {
        Should.Throw<ArgumentException>(() => FunctionPlotWriter.Write(Ops.Mul, "mul", "plot-mul"));
    }

    private static string Plot(Op op) => FunctionPlotWriter.Write(op, op.Name, "plot-" + op.Name);

    private static string Path(string svg, string cls)
        => XDocument.Parse(svg).Root!.Elements(Svg + "path").Single(p => p.Attribute("class")!.Value == cls).Attribute("d")!.Value;

    private static double Middle() => (FunctionPlotWriter.Left + FunctionPlotWriter.Right) / 2.0;

    private static double Between(double y)
        => FunctionPlotWriter.Bottom - ((y - FunctionPlotWriter.MinY) * (FunctionPlotWriter.Bottom - FunctionPlotWriter.Top) / (FunctionPlotWriter.MaxY - FunctionPlotWriter.MinY));

    private static double N(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
