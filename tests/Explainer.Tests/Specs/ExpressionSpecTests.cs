using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Specs;
using Explainer.Worked;

namespace Explainer.Tests.Specs;

/// <summary><c>kind: expression</c> spec files: read exactly, the graph built in the documented node order, YAML and JSON alike, runnable by every command through <see cref="SpecExamples"/>.</summary>
public sealed class ExpressionSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");

    [Fact]
    public void Load_YamlAndJsonForms_GiveIdenticalTraces()
    {
        var yaml = Run("j-graph.yaml");
        var json = Run("j-graph.json");

        Describe(json).ShouldBe(Describe(yaml));
        json.Updates.Select(u => $"{u.Parameter.Name} {u.New}").ShouldBe(yaml.Updates.Select(u => $"{u.Parameter.Name} {u.New}"));
    }

    [Fact]
    public void Load_JGraph_HasTheNotesGradientsAndOneUpdateAtTheRate()
    {
        var run = Run("j-graph.yaml");

        run.Trace.Gradient("a").ToString().ShouldBe("3");
        run.Trace.Gradient("b").ToString().ShouldBe("6");
        run.Trace.Gradient("c").ToString().ShouldBe("9");
        run.Updates.Select(u => $"{u.Parameter.Name}⁺ = {u.New}").ShouldBe(["a⁺ = 4.7", "b⁺ = 2.4"]);
        run.LearningRate.ShouldBe(Real.FromFraction(1, 10));
        run.Checks.Select(c => c.Status.ToString()).ShouldBe(["Matches", "Matches"]);
    }

    [Fact]
    public void Load_Names_BecomeTheNodesSymbolsAndOnlyThose()
    {
        var graph = Run("j-graph.yaml").Graph;

        graph["u"].Symbol.ShouldBe("u_1");
        graph["v"].Symbol.ShouldBe("v_1");
        graph["J"].Formula.ShouldBe("3 \\cdot v_1");
        graph["a"].Symbol.ShouldBe("a");
    }

    [Fact]
    public void Load_Kinds_AreParametersTargetsAndInputsAsListed()
    {
        var graph = Graph("statements: ['L = half_squared_error(w*x, t)']\ninputs: {x: 2, w: 3, t: 1}\nparameters: [w]\ntargets: [t]\n");

        graph["x"].Kind.ShouldBe(NodeKind.Input);
        graph["w"].Kind.ShouldBe(NodeKind.Parameter);
        graph["t"].Kind.ShouldBe(NodeKind.Target);
        graph.Output.Value.ToString().ShouldBe("12.5");
    }

    [Theory]
    [InlineData("parameters: [w, b]", "x w b h1 b2 h2")]
    [InlineData("parameters: [w]", "x w h1 b b2 h2")]
    [InlineData("parameters: []", "x w h1 b b2 h2")]
    public void Load_NodeOrder_PutsParametersAndWhatIsListedBeforeThemFirstAndTheRestAtFirstUse(string parameters, string order)
    {
        var graph = Graph($"statements: ['h1 = x*w', 'h2 = h1 + b + b2']\ninputs: {{x: 1, w: 2, b: 3, b2: 4}}\n{parameters}\n");

        string.Join(' ', graph.Nodes.Where(n => n.Kind != NodeKind.Constant && !n.Name.StartsWith('t')).Select(n => n.Name)).ShouldBe(order);
    }

    [Fact]
    public void Load_NamedConstant_IsOneNodeNamedAndShownByItsValue()
    {
        var graph = Graph("statements: ['h = one/(one + x)']\ninputs: {x: 3}\nconstants: {one: 1}\n");

        graph.Nodes.Where(n => n.Kind == NodeKind.Constant).Select(n => $"{n.Name}={n.Symbol}").ShouldBe(["one=1"]);
        graph.Output.Value.ToString().ShouldBe("0.25");
    }

    [Theory]
    [InlineData("0.10", 1, 10)]
    [InlineData(".5", 1, 2)]
    [InlineData("1e-3", 1, 1000)]
    [InlineData("'3/7'", 3, 7)]
    public void Load_Numbers_AreTheExactRationalsWritten(string written, long numerator, long denominator)
        => Graph($"statements: ['J = 2*x']\ninputs: {{x: {written}}}\n")["x"].Value.ShouldBe(Real.FromFraction(numerator, denominator));

    [Fact]
    public void Load_ThirtyOneDigits_AreKeptExactlyWhereADoubleWouldRound()
        => Graph("statements: ['J = 2*x']\ninputs: {x: 0.1000000000000000000000000000001}\n")["x"].Value.ToFractionString()
            .ShouldBe("1000000000000000000000000000001/10000000000000000000000000000000");

    [Fact]
    public void Load_FunctionsOfTheNotes_WeightedSumSumAndHalfSquaredError_GiveTheirValuesAndGradients()
    {
        var run = Example("statements: ['z = weighted_sum(w1, x1, w2, x2, b)', 'h = sigmoid(z)', 'E = sum(half_squared_error(h, t), half_squared_error(z, t))']\n"
            + "inputs: {w1: 2, x1: 3, w2: -1, x2: 4, b: 1/2, t: 1}\nparameters: [w1, w2, b]\ntargets: [t]\n").Run();

        run.Graph["z"].Value.ToString().ShouldBe("2.5");
        run.Graph["z"].Formula.ShouldBe("w_{1} \\cdot x_{1} + w_{2} \\cdot x_{2} + b");

        // ∂E/∂z = (σ(z) − t) σ′(z) + (z − t), ∂E/∂w1 = x1 ∂E/∂z: the same value the chain rule by hand gives.
        var s = ExactMath.Sigmoid(Real.Parse("2.5"));
        var dz = ((s - 1) * s * (1 - s)) + Real.Parse("1.5");
        run.Trace.Gradient("z").ToString(30).ShouldBe(dz.ToString(30));
        run.Trace.Gradient("w1").ToString(30).ShouldBe((3 * dz).ToString(30));
        run.Trace.Gradient("b").ToString(30).ShouldBe(dz.ToString(30));
    }

    [Fact]
    public void Load_StatementLimit_IsRefusedWithTheLimitNamed()
    {
        var statements = string.Join(", ", Enumerable.Range(0, SpecLimits.MaxStatements + 1).Select(i => $"'u{i} = x'"));

        var result = SpecLoader.Parse($"kind: expression\nid: big\nstatements: [{statements}]\ninputs: {{x: 1}}\n", "big.yaml");

        result.Messages.ShouldBe(["big.yaml:3:13: statements: 10,001 statements; the limit is 10,000"]);
    }

    [Fact]
    public void Catalogue_EveryExampleIsAnEmbeddedSpecWhoseIdIsItsFileName()
    {
        foreach (var example in Catalogue.All)
        {
            var result = SpecLoader.Parse(Catalogue.SpecText(example.Id), example.Id + ".yaml");

            result.Messages.ShouldBeEmpty();
            (result.Network?.Id ?? result.Expression!.Id).ShouldBe(example.Id);
        }
    }

    [Fact]
    public void Catalogue_ErrataComeFromTheSpecFiles()
    {
        Catalogue.Get("net-2-2-2").Errata.Select(e => e.Citation).ShouldBe(["001_7a5d002ff47c9624.txt:603", "001_7a5d002ff47c9624.txt:613", "001_7a5d002ff47c9624.txt:649"]);
        Catalogue.Get("logistic-graph").Errata.Select(e => e.Kind).ShouldBe(["wrong variable", "wrong subscripts", "missing factor (line 483 multiplies by its −1)"]);
        Catalogue.Get("j-graph").Errata.ShouldBeEmpty();
    }

    [Fact]
    public void Network_Names_SetTheSymbolsOfEverySampleAndOfParameters()
    {
        const string Spec = "kind: network\nid: n\nlayers: [1, 1]\nactivations: [sigmoid]\nweights: [[[2]]]\nbiases: [0]\n"
            + "samples: [{inputs: [1], targets: [0]}, {inputs: [2], targets: [1]}]\nloss: half_sum_of_squares\nlearning_rate: 1\n"
            + "names: {W1_1_1: '\\omega', 'a1_1[2]': 'y_2', a1_1: 'y'}\n";
        var result = SpecLoader.Parse(Spec, "n.yaml");
        result.Messages.ShouldBeEmpty();

        var graph = NetworkBuilder.Build(result.Network!.Network).Graph;

        graph["W1_1_1"].Symbol.ShouldBe("\\omega");
        graph["a1_1[1]"].Symbol.ShouldBe("{y}^{[1]}");
        graph["a1_1[2]"].Symbol.ShouldBe("y_2");
    }

    [Fact]
    public void Load_Remarks_AreKeptByQuantity()
    {
        var example = Example("statements: ['y = 2*x']\ninputs: {x: 1}\nremarks: {'grad:x': 'two, by the rule for a product'}\n");

        example.Remarks.ShouldBe(new Dictionary<string, string> { ["grad:x"] = "two, by the rule for a product" });
    }

    [Fact]
    public void Lesson_ShowInputGradients_KeepsTheInputsSteps()
    {
        const string Body = "statements: ['y = w*x']\ninputs: {x: 3, w: 2}\nparameters: [w]\n";

        string Backward(string extra) => string.Join(",", LessonBuilder.Build(Example(Body + extra).Run().ToLessonSource(), new DisplayOptions(10))
            .Steps.Where(s => s.Kind == StepKind.Backward).Select(s => s.Node).Order(StringComparer.Ordinal));

        (Backward(string.Empty), Backward("show: [input-gradients]\n")).ShouldBe(("w,y", "w,x,y"));
    }

    [Fact]
    public void Load_RemarkOfNoNode_IsRefusedWhereItIsWritten()
    {
        var result = SpecLoader.Parse("kind: expression\nid: t\nstatements: ['y = 2*x']\ninputs: {x: 1}\nremarks: {'grad:q': 'none'}\n", "t.yaml");

        result.Messages.ShouldBe(["t.yaml:5:11: remarks: 'grad:q' names no node of the graph"]);
    }

    private static ComputationGraph Graph(string body) => Example(body).Run().Graph;

    private static WorkedExample Example(string body)
    {
        var result = SpecLoader.Parse("kind: expression\nid: t\n" + body, "t.yaml");
        result.Messages.ShouldBeEmpty();
        return SpecExamples.FromLoaded(result);
    }

    private static WorkedRun Run(string file)
    {
        var result = SpecLoader.Load(Path.Combine(Folder, file));
        result.Messages.ShouldBeEmpty();
        return SpecExamples.FromLoaded(result).Run();
    }

    private static List<string> Describe(WorkedRun run)
        => [.. run.Graph.Nodes.Select(n => $"{n.Id} {n.Name} {n.Symbol} {n.Kind} {n.Value} {run.Trace.Gradient(n)}"),
            .. run.Trace.Edges.Select(e => $"{e.Consumer.Name}<-{e.Input.Name} {e.Partial} {e.Contribution}")];
}
