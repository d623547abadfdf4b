using System.Xml.Linq;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Rendering.Diagrams;
using Explainer.Worked;

namespace Explainer.Tests.Rendering;

public sealed class NetworkFigureTests
{
    /// <summary>The columns the page gives the figure: the 1280 px layout's, the narrowest that shows it across (36rem), a 390 px phone's.</summary>
    private const int WideColumn = 768;
    private const int NarrowestAcross = 576;
    private const int PhoneColumn = 358;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<NetworkOrientation> Orientations => [NetworkOrientation.Across, NetworkOrientation.Down];

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Layout_Net222_PutsEveryTextInsideTheDrawing(NetworkOrientation orientation)
    {
        var layout = Layout(orientation);

        layout.Texts.Count.ShouldBe((2 * 8) + 8 + 2, "a name and a value in each of 6 neurons and 2 biases, 8 weights, 2 targets");
        layout.Texts.ShouldAllBe(t => t.Box.X >= 0 && t.Box.Y >= 0 && t.Box.Right <= layout.Width && t.Box.Bottom <= layout.Height);
        layout.Circles.ShouldAllBe(c => c.Box.X >= 0 && c.Box.Y >= 0 && c.Box.Right <= layout.Width && c.Box.Bottom <= layout.Height);
    }

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Layout_Net222_OverlapsNoTextWithAnother(NetworkOrientation orientation)
    {
        var texts = Layout(orientation).Texts;

        foreach (var text in texts)
        {
            texts.Count(other => other.Box.Overlaps(text.Box, 0)).ShouldBe(1, $"'{text.Text}' overlaps another text");
        }
    }

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Layout_Net222_PutsNoLabelOnACircle(NetworkOrientation orientation)
    {
        var layout = Layout(orientation);

        foreach (var label in layout.Texts.Where(t => t.Role is "weight" or "target"))
        {
            layout.Circles.ShouldNotContain(c => c.Box.Overlaps(label.Box, 0), $"'{label.Text}' is on a circle");
        }
    }

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Layout_Net222_PutsEachWeightLabelOnItsOwnLineAndTouchingNoOther(NetworkOrientation orientation)
    {
        var layout = Layout(orientation);
        var labels = layout.Texts.Where(t => t.Role == "weight").ToList();
        var weights = layout.Lines.Where(l => !l.IsBias).ToList();

        labels.Count.ShouldBe(weights.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            SegmentTest.Touches(weights[i].From, weights[i].To, labels[i].Box).ShouldBeTrue($"'{labels[i].Text}' is off its line");
            layout.Lines.Where(l => l != weights[i]).ShouldNotContain(l => SegmentTest.Touches(l.From, l.To, labels[i].Box), $"'{labels[i].Text}' touches another line");
        }
    }

    [Fact]
    public void Layout_Across_KeepsTextAt11PxInEveryColumnThatShowsIt()
    {
        var layout = Layout(NetworkOrientation.Across);

        // The page never draws a figure bigger than its own size, so in the 768 px column the scale is 1.
        layout.Width.ShouldBeLessThanOrEqualTo(WideColumn);
        Shown(NetworkFigureWriter.FontSize, layout.Width, NarrowestAcross).ShouldBeGreaterThanOrEqualTo(11);
        layout.Circles.Select(c => c.Centre.Y).Distinct().Count().ShouldBe(3, "i1, h1, o1 in a row; then i2, h2, o2; then the biases");
    }

    [Fact]
    public void Layout_Down_KeepsTextAt11PxOnAPhone()
    {
        var layout = Layout(NetworkOrientation.Down);

        Shown(NetworkFigureWriter.FontSize, layout.Width, PhoneColumn).ShouldBeGreaterThanOrEqualTo(11);
        Shown(NetworkFigureWriter.FontSize, layout.Width, NarrowestAcross - 1).ShouldBeGreaterThanOrEqualTo(11);
        layout.Circles.Where(c => c.Kind != "bias").Select(c => c.Centre.Y).Distinct().Count().ShouldBe(3, "one row per layer, top to bottom");
    }

    [Fact]
    public void Write_Net222_DrawsEachWeightWithItsValueOnItsConnection()
    {
        var connection = Groups(Net222(), "connection").Single(g => g.Attribute("id")?.Value == "weight-w5");
        var label = Elements(Net222(), "text").Where(t => t.Attribute("class")?.Value == "weight").Select(t => t.Value).ToList();

        connection.Element(Svg + "title")!.Value.ShouldBe("w5 = 0.4: h1 → o1");
        label.ShouldBe(["w1 = 0.15", "w2 = 0.2", "w3 = 0.25", "w4 = 0.3", "w5 = 0.4", "w6 = 0.45", "w7 = 0.5", "w8 = 0.55"]);
    }

    [Fact]
    public void Write_Net222_ShowsEachNeuronsOutputInIt()
    {
        var neuron = Groups(Net222(), "neuron").Single(g => g.Attribute("id")!.Value == "neuron-h1");
        var texts = neuron.Elements(Svg + "text").Select(t => t.Value).ToList();

        // out_h1 = 0.59326999 in the notes (001:572), to the figure's four digits.
        texts.ShouldBe(["h1", "0.5933"]);
        neuron.Element(Svg + "title")!.Value.ShouldBe("out_h1 = 0.5933");
        Groups(Net222(), "neuron").Select(g => g.Elements(Svg + "text").First().Value).ShouldBe(["i1", "i2", "h1", "h2", "o1", "o2", "b1", "b2"]);
    }

    [Fact]
    public void Write_Net222_ShowsTheBiasesAndTheTargets()
    {
        var svg = Net222();

        Groups(svg, "bias").Where(g => g.Name == Svg + "g" && g.Attribute("class")!.Value.StartsWith("neuron", StringComparison.Ordinal))
            .Select(g => string.Join(" ", g.Elements(Svg + "text").Select(t => t.Value))).ShouldBe(["b1 0.35", "b2 0.6"]);
        Groups(svg, "connection").Count(g => g.Attribute("class")!.Value.Contains("bias", StringComparison.Ordinal)).ShouldBe(4);
        Elements(svg, "text").Where(t => t.Attribute("class")?.Value == "target").Select(t => t.Value).ShouldBe(["target 0.01", "target 0.99"]);
    }

    [Fact]
    public void Write_Net222_IsAnAccessibleImageWithRealText()
    {
        var root = XDocument.Parse(Net222()).Root!;

        root.Attribute("role")!.Value.ShouldBe("img");
        root.Attribute("aria-labelledby")!.Value.ShouldBe("network-title network-desc");
        root.Element(Svg + "title")!.Value.ShouldBe("The 2-2-2 network");
        root.Element(Svg + "desc")!.Value.ShouldContain("Hidden layer: h1 = 0.5933, h2 = 0.5969.");
        root.Attribute("viewBox")!.Value.ShouldBe($"0 0 {root.Attribute("width")!.Value} {root.Attribute("height")!.Value}");
    }

    [Fact]
    public void Write_Net222_IsLightOnPaper()
    {
        var style = XDocument.Parse(Net222()).Root!.Element(Svg + "style")!.Value;

        style.ShouldContain("@media screen and (prefers-color-scheme: dark)");
        style.ShouldNotContain("@media (prefers-color-scheme: dark)");
        style.ShouldContain("font-size: 14px");
    }

    [Fact]
    public void Write_IdPrefix_PrefixesEveryId()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var svg = NetworkFigureWriter.Write(run.Network!, new NetworkFigureOptions { IdPrefix = "down-", Orientation = NetworkOrientation.Down })!;
        var ids = XDocument.Parse(svg).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();

        ids.Count.ShouldBeGreaterThan(10);
        ids.ShouldAllBe(id => id.StartsWith("down-", StringComparison.Ordinal));
        ids.ShouldBeUnique();
    }

    [Fact]
    public void Write_NetworkWiderThanFourNeurons_DrawsNothing()
    {
        var spec = NetworkOf([2, 5, 1]);

        NetworkFigureWriter.Write(NetworkBuilder.Build(spec)).ShouldBeNull();
        NetworkFigureWriter.Write(NetworkBuilder.Build(NetworkOf([3, 4, 2]))).ShouldNotBeNull();
    }

    [Fact]
    public void Layout_PerNeuronBiases_DrawsOneBiasPerNeuronWithoutOverlaps()
    {
        var run = Catalogue.Get("net-2-2-2").Run(BiasPolicy.PerNeuron);
        var layout = NetworkFigureWriter.LayoutOf(run.Network!, NetworkFigureOptions.Default)!;

        layout.Circles.Count(c => c.Kind == "bias").ShouldBe(4);
        foreach (var text in layout.Texts)
        {
            layout.Texts.Count(other => other.Box.Overlaps(text.Box, 0)).ShouldBe(1, $"'{text.Text}' overlaps another text");
        }
    }

    private static double Shown(int fontSize, int figureWidth, int column) => fontSize * Math.Min(1.0, (double)column / figureWidth);

    private static NetworkLayout Layout(NetworkOrientation orientation)
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        return NetworkFigureWriter.LayoutOf(run.Network!, NetworkFigureOptions.Default with { Orientation = orientation })!;
    }

    private static string Net222()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        return NetworkFigureWriter.Write(run.Network!)!;
    }

    private static NetworkSpec NetworkOf(int[] sizes)
    {
        static Real R(int n) => Real.FromFraction(n, 10);
        var layers = sizes.Length - 1;
        var weights = Enumerable.Range(0, layers).Select(l => (IReadOnlyList<IReadOnlyList<Real>>)[.. Enumerable.Range(0, sizes[l + 1]).Select(j => (IReadOnlyList<Real>)[.. Enumerable.Range(0, sizes[l]).Select(k => R(j + k + 1))])]).ToList();
        var biases = Enumerable.Range(0, layers).Select(l => (IReadOnlyList<Real>)[.. Enumerable.Repeat(R(1), sizes[l + 1])]).ToList();
        return new NetworkSpec(
            sizes,
            [.. Enumerable.Repeat(Activation.Sigmoid, layers)],
            weights,
            biases,
            [.. Enumerable.Range(0, sizes[0]).Select(k => R(k + 1))],
            [.. Enumerable.Range(0, sizes[^1]).Select(k => R(k + 1))],
            LossKind.HalfSumOfSquares,
            R(5),
            BiasPolicy.Frozen);
    }

    private static List<XElement> Groups(string svg, string cls)
        => XDocument.Parse(svg).Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value.Split(' ').Contains(cls) == true).ToList();

    private static List<XElement> Elements(string svg, string name) => XDocument.Parse(svg).Descendants(Svg + name).ToList();
}
