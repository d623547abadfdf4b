using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Rendering.Diagrams;
using Explainer.Worked;

namespace Explainer.Tests.Rendering;

public sealed class DiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Write_Net222_IsWellFormedSvg()
    {
        var doc = XDocument.Parse(Net222Svg());

        doc.Root!.Name.ShouldBe(Svg + "svg");
        doc.Root.Attribute("role")!.Value.ShouldBe("img");
        doc.Root.Attribute("viewBox")!.Value.ShouldMatch(@"^0 0 \d+ \d+$");
    }

    [Fact]
    public void Write_Net222_LabelsItselfWithTitleAndDesc()
    {
        var root = XDocument.Parse(Net222Svg()).Root!;
        var title = root.Element(Svg + "title")!;
        var desc = root.Element(Svg + "desc")!;

        root.Attribute("aria-labelledby")!.Value.ShouldBe($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}");
        title.Value.ShouldBe("Computation graph of E_total");
        desc.Value.ShouldStartWith("Computation graph of E_total with 25 nodes and 30 edges");
        desc.Value.ShouldContain("values on nodes, gradients on edges");
        desc.Value.ShouldContain("Parameters: w1, w2, w3, w4, b1, w5, w6, w7, w8, b2.");
    }

    [Fact]
    public void Write_Net222_HasOneGroupPerNodeNamedAfterIt()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var nodes = Groups(DiagramWriter.Write(run.Graph, run.Trace), "node");

        nodes.Select(g => g.Attribute("id")!.Value).ShouldBe(run.Graph.Nodes.Select(n => $"node-{n.Name}"));
        nodes.First().Attribute("id")!.Value.ShouldBe("node-i1");
        nodes.Last().Attribute("id")!.Value.ShouldBe("node-E_total");
        nodes.ShouldAllBe(g => g.Element(Svg + "title") != null && g.Element(Svg + "rect") != null);
    }

    [Fact]
    public void Write_Net222_HasOneGroupPerGraphEdge()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var edges = Groups(DiagramWriter.Write(run.Graph, run.Trace), "edge");

        edges.Count.ShouldBe(run.Graph.Nodes.Sum(n => n.Inputs.Count));
        edges.Select(g => g.Attribute("id")!.Value).ShouldBeUnique();
        edges.ShouldContain(g => g.Attribute("id")!.Value == "edge-w5-net_o1");
        edges.ShouldAllBe(g => g.Element(Svg + "title") != null && g.Element(Svg + "path")!.Attribute("marker-end") != null);
    }

    [Fact]
    public void Write_Net222_PutsTheContributionOnEachEdge()
    {
        var edge = Groups(Net222Svg(), "edge").Single(g => g.Attribute("id")!.Value == "edge-w5-net_o1");

        // The notes print ∂E_total/∂w5 = 0.082167041; w5 feeds only net_o1, so that is this edge's contribution.
        edge.Element(Svg + "text")!.Value.ShouldBe("0.0821670");
        edge.Element(Svg + "title")!.Value.ShouldContain("local ∂net_o1/∂w5 = 0.593270");
    }

    [Fact]
    public void Write_Net222_ShowsValueAndTooltipOnEachNode()
    {
        var node = Groups(Net222Svg(), "node").Single(g => g.Attribute("id")!.Value == "node-out_h1");

        node.Elements(Svg + "text").Last().Value.ShouldBe("0.593270");
        node.Element(Svg + "title")!.Value.ShouldBe("out_h1 = sigmoid(net_h1) = 0.593270; ∂E_total/∂out_h1 = 0.0363503");
        node.Elements(Svg + "text").First().ToString(SaveOptions.DisableFormatting).ShouldContain("out<tspan class=\"script\" dy=\"3\">h1</tspan>");
    }

    [Fact]
    public void Layout_Net222_RunsFromInputsToOutputInLayers()
    {
        var centre = NodeCentres(Net222Svg());

        string[] path = ["i1", "net_h1", "out_h1", "net_o1", "out_o1", "E_o1", "E_total"];
        for (var k = 0; k + 1 < path.Length; k++)
        {
            centre[path[k]].ShouldBeLessThan(centre[path[k + 1]], $"{path[k]} should be left of {path[k + 1]}");
        }
    }

    [Fact]
    public void Layout_Net222_PutsEachWeightInTheColumnBeforeTheNeuronItScales()
    {
        var centre = NodeCentres(Net222Svg());

        centre["w1"].ShouldBe(centre["i1"]);
        centre["w5"].ShouldBe(centre["out_h1"]);
        centre["b2"].ShouldBe(centre["out_h2"]);
        centre["target_o1"].ShouldBe(centre["out_o1"]);
    }

    [Fact]
    public void Layout_Net222_LabelsOverlapNoNodeAndNoOtherLabel()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var scene = DiagramWriter.Prepare(run.Graph, run.Trace, null);
        var labels = scene.Layout.Edges.Where(e => e.Label is not null).Select(e => Box.Centered(e.Label!.Value, scene.LabelSizes[e.Edge.Index])).ToList();

        labels.Count.ShouldBe(28, "30 edges, less the two from the targets");

        foreach (var label in labels)
        {
            scene.Layout.Nodes.ShouldNotContain(n => n.Box.Overlaps(label, 0));
            labels.Count(other => other.Overlaps(label, 0)).ShouldBe(1);
        }
    }

    [Fact]
    public void Write_Net222_PutsNoGradientOnTheEdgesOfTargets()
    {
        var edge = Groups(Net222Svg(), "edge").Single(g => g.Attribute("id")!.Value == "edge-target_o1-E_o1");

        edge.Element(Svg + "text").ShouldBeNull();
        edge.Element(Svg + "rect").ShouldBeNull();
        edge.Element(Svg + "title")!.Value.ShouldContain("contribution");
    }

    [Fact]
    public void Write_JGraph_PutsNoGradientOnTheEdgeOfItsConstant()
    {
        var run = Catalogue.Get("j-graph").Run();
        var constant = run.Graph.Nodes.Single(n => n.Kind == NodeKind.Constant);
        var edges = Groups(DiagramWriter.Write(run.Graph, run.Trace), "edge");

        edges.Where(g => g.Attribute("data-from")!.Value == constant.Name).ShouldAllBe(g => g.Element(Svg + "text") == null);
        edges.Where(g => g.Attribute("data-from")!.Value != constant.Name).ShouldAllBe(g => g.Element(Svg + "text") != null);
    }

    [Fact]
    public void Write_StyleSheet_SetsNoTextUnder11Px()
    {
        var sizes = System.Text.RegularExpressions.Regex.Matches(XDocument.Parse(Net222Svg()).Root!.Element(Svg + "style")!.Value, @"font-size:\s*(\d+)px")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        sizes.Count.ShouldBeGreaterThan(3);
        sizes.Min().ShouldBe(11);
    }

    [Fact]
    public void Write_SameGraphTwice_IsByteIdentical()
    {
        Net222Svg().ShouldBe(Net222Svg());
    }

    [Fact]
    public void Write_WithoutTrace_DrawsValuesOnly()
    {
        var run = Catalogue.Get("j-graph").Run();
        var svg = DiagramWriter.Write(run.Graph, null);

        Groups(svg, "edge").ShouldAllBe(g => g.Element(Svg + "text") == null);
        XDocument.Parse(svg).Root!.Element(Svg + "desc")!.Value.ShouldContain("; values on nodes.");
    }

    [Fact]
    public void Write_ColoursOnlyThroughTheStyleSheet()
    {
        var doc = XDocument.Parse(Net222Svg());
        var style = doc.Root!.Element(Svg + "style")!.Value;

        doc.Descendants().ShouldAllBe(e => e.Attribute("fill") == null && e.Attribute("stroke") == null && e.Attribute("style") == null);
        style.ShouldContain("@media screen and (prefers-color-scheme: dark)", Case.Sensitive, "dark on a dark screen, light on paper");
        style.ShouldContain("fill: var(--_node)");
        style.ShouldNotContain("url(http");
    }

    [Fact]
    public void Write_MarkupInNames_IsEscapedAndIdsStaySafe()
    {
        var g = new GraphBuilder();
        var a = g.Input("a<b&\"c", "x_{<&>}", 1);
        var graph = g.Build(g.Apply(Ops.Neg, [a], "minus a", "-x"));
        var svg = DiagramWriter.Write(graph, Backward.Run(graph));

        var ids = XDocument.Parse(svg).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        ids.ShouldContain("node-a_b__c");
        ids.ShouldContain("edge-a_b__c-minus_a");
        Groups(svg, "node")[0].Element(Svg + "title")!.Value.ShouldStartWith("a<b&\"c = 1 (input)");
    }

    [Fact]
    public void Write_InputUsedTwice_GetsOneIdPerSlot()
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", 3);
        var graph = g.Build(g.Apply(Ops.Mul, [x, x], "y", "y"));

        Groups(DiagramWriter.Write(graph, Backward.Run(graph)), "edge").Select(e => e.Attribute("id")!.Value).ShouldBe(["edge-x-y-0", "edge-x-y-1"]);
    }

    [Fact]
    public void Write_IdPrefix_PrefixesEveryId()
    {
        var run = Catalogue.Get("j-graph").Run();
        var doc = XDocument.Parse(DiagramWriter.Write(run.Graph, run.Trace, new DiagramOptions { IdPrefix = "step3-" }));

        doc.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ShouldAllBe(id => id.StartsWith("step3-", StringComparison.Ordinal));
        doc.Root!.Attribute("aria-labelledby")!.Value.ShouldBe("step3-diagram-title step3-diagram-desc");
    }

    [Theory]
    [InlineData("3x")]
    [InlineData("a b")]
    public void Write_BadIdPrefix_Throws(string prefix)
    {
        var run = Catalogue.Get("j-graph").Run();

        Should.Throw<ArgumentException>(() => DiagramWriter.Write(run.Graph, run.Trace, new DiagramOptions { IdPrefix = prefix }));
    }

    [Fact]
    public void Write_TraceOfAnotherGraph_Throws()
    {
        var one = Catalogue.Get("j-graph").Run();
        var other = Catalogue.Get("j-graph").Run();

        Should.Throw<ArgumentException>(() => DiagramWriter.Write(one.Graph, other.Trace));
    }

    [Fact]
    public void Write_LongChain_LaysOutWithoutDeepRecursion()
    {
        var g = new GraphBuilder();
        var node = g.Input("x", "x", 1);
        for (var k = 1; k < 3000; k++)
        {
            node = g.Apply(Ops.Neg, [node]);
        }

        var graph = g.Build(node);
        var trace = Backward.Run(graph);
        string? svg = null;

        // A small stack: anything recursive on depth would overflow here and take the test run down with it.
        var thread = new Thread(() => svg = DiagramWriter.Write(graph, trace), 256 * 1024);
        thread.Start();
        thread.Join();

        Groups(svg!, "node").Count.ShouldBe(3000);
        Groups(svg!, "edge").Count.ShouldBe(2999);
    }

    [Theory]
    [InlineData("out_{h1}", "out_h1")]
    [InlineData("W^{(1)}_{12}", "W^(1)_12")]
    [InlineData("h_1", "h_1")]
    [InlineData("\\sigma_{k}", "σ_k")]
    [InlineData("E_{total}", "E_total")]
    public void SymbolText_Plain_ReadsLikeTheName(string symbol, string plain)
    {
        SymbolText.Plain(SymbolText.Runs(symbol)).ShouldBe(plain);
    }

    [Fact]
    public void Write_JGraph_MatchesGoldenFile()
    {
        var run = Catalogue.Get("j-graph").Run();
        var svg = DiagramWriter.Write(run.Graph, run.Trace);
        var path = GoldenPath("j-graph.svg");
        if (Environment.GetEnvironmentVariable("EXPLAINER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, svg);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with EXPLAINER_UPDATE_GOLDEN=1 to write it");
        svg.ShouldBe(File.ReadAllText(path), "the diagram changed; if that is intended, regenerate with EXPLAINER_UPDATE_GOLDEN=1 and review the diff");
    }

    private static string Net222Svg()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        return DiagramWriter.Write(run.Graph, run.Trace);
    }

    private static List<XElement> Groups(string svg, string cls)
        => XDocument.Parse(svg).Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value.Split(' ').Contains(cls) == true).ToList();

    private static Dictionary<string, int> NodeCentres(string svg)
        => Groups(svg, "node").ToDictionary(g => g.Attribute("data-name")!.Value, g => Number(g.Element(Svg + "rect")!, "x") + (Number(g.Element(Svg + "rect")!, "width") / 2));

    private static int Number(XElement e, string attribute) => int.Parse(e.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string GoldenPath(string name, [CallerFilePath] string source = "")
        => Path.Combine(Path.GetDirectoryName(source)!, "Golden", name);
}
