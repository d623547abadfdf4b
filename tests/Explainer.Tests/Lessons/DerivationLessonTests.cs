using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Tests.Lessons;

/// <summary>Lessons a student can redo by hand: every local partial from its op's rule with numbers, δ in networks, the hidden layer's paths, the error after the update.</summary>
public sealed class DerivationLessonTests
{
    private const string Net = "net-2-2-2";

    public static TheoryData<string> Examples => ["net-2-2-2", "j-graph", "logistic-graph", "linear-chain", "and-neuron"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryEdge_IsDerivedOnce_WithItsOpsRuleAndTheRuleWithNumbers(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);
        var display = LessonRuns.Display;
        var rules = lesson.Steps.SelectMany(s => s.Rules).ToList();
        var edges = run.Trace.Edges.Where(e => lesson.Steps.Any(s => s.Kind == StepKind.Backward && s.Anchor == LessonBuilder.Anchor("backward", e.Input.Name))).ToList();

        var wrong = edges
            .Select(e => (Edge: e, Rules: rules.Where(r => r.Consumer == e.Consumer.Name && r.Input == e.Input.Name).ToList()))
            .Where(x => x.Rules.Count != 1
                || x.Rules[0].Rule != x.Edge.Consumer.Op!.LocalPartialFormula(x.Edge.Index, [.. x.Edge.Consumer.Inputs.Select(i => i.Symbol)], x.Edge.Consumer.Symbol)
                || x.Rules[0].Substituted != x.Edge.Consumer.Op.LocalPartialFormula(x.Edge.Index, [.. x.Edge.Consumer.Inputs.Select(i => display.Tex(i.Value))], display.Tex(x.Edge.Consumer.Value))
                || x.Rules[0].ValueText != display.Text(x.Edge.Partial))
            .Select(x => $"{x.Edge.Input.Name} → {x.Edge.Consumer.Name}: {x.Rules.Count} rules «{string.Join(" | ", x.Rules.Select(r => $"{r.Rule} = {r.Substituted} = {r.ValueText}"))}»");

        (edges.Count, rules.Count, string.Join("; ", wrong)).ShouldBe((rules.Count, edges.Count, string.Empty));
    }

    [Fact]
    public void Rules_OfNet222_CoverEveryEdgeBelowTheLossButTheTargets()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        // E_total ← E_o1, E_o2; E_ok ← out_ok; out ← net (4); net_o ← w, out_h, w, out_h, b (2 × 5); net_h ← w, w, b (2 × 3):
        // the edges net_h ← i1, i2 have no step, since the gradients of fixed inputs are left out unless asked for.
        lesson.Steps.Sum(s => s.Rules.Count).ShouldBe(24);
    }

    [Fact]
    public void Rules_OfNet222_WithInputGradientsShown_CoverEveryEdgeBelowTheLoss()
    {
        var run = Explainer.Worked.Catalogue.Get(Net).Run(null);
        var lesson = LessonBuilder.Build(run.ToLessonSource() with { ShowInputGradients = true }, LessonRuns.Display);

        // The 24 above and net_h ← i1, i2 for both hidden neurons: every edge of the graph but those into the targets.
        (lesson.Steps.Sum(s => s.Rules.Count), lesson.Steps.SelectMany(s => s.Rules).Count(r => r.Rule == "w_{1}" && r.Consumer == "net_h1")).ShouldBe((28, 1));
    }

    [Theory]
    [InlineData("backward-out-o1", "E_o1", @"-(\mathrm{target}_{o1} - \mathrm{out}_{o1})", "-(0.01 - 0.7513650696)", "0.7413650696")]
    [InlineData("backward-net-o1", "out_o1", @"\mathrm{out}_{o1}(1 - \mathrm{out}_{o1})", "0.7513650696(1 - 0.7513650696)", "0.1868156018")]
    [InlineData("backward-w5", "net_o1", @"\mathrm{out}_{h1}", "0.5932699921", "0.5932699921")]
    [InlineData("backward-out-h1", "net_o1", "w_{5}", "0.4", "0.4")]
    [InlineData("backward-b2", "net_o1", "1", "1", "1")]
    public void Rule_OfNet222_IsTheOpsRuleThenItsNumbers(string anchor, string consumer, string rule, string substituted, string value)
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var r = LessonRuns.Step(lesson, anchor).Rules.Single(x => x.Consumer == consumer);

        (r.Rule, r.Substituted, r.ValueText).ShouldBe((rule, substituted, value));
    }

    [Fact]
    public void Rule_OfTheLogisticGraphsDivision_IsMinusOneOverTheSquare()
    {
        var (_, lesson) = LessonRuns.Build("logistic-graph");

        var r = LessonRuns.Step(lesson, "backward-h5").Rules.Single();

        (r.Rule, r.Substituted, r.ValueText).ShouldBe((@"-\frac{1}{h_5^2}", @"-\frac{1}{2^2}", "-0.25"));
    }

    [Theory]
    [InlineData("backward-net-o1", @"\delta_{o1}", "0.1384985616", @"0.7413650696 \times 0.1868156018")]
    [InlineData("backward-net-o2", @"\delta_{o2}", "-0.03809823652", @"\left(-0.2170715347\right) \times 0.1755100528")]
    [InlineData("backward-net-h1", @"\delta_{h1}", "0.008771354689", @"0.03635030639 \times 0.2413007086")]
    [InlineData("backward-net-h2", @"\delta_{h2}", "0.009954254705", @"0.04137032265 \times 0.2406134172")]
    public void NetStep_OfNet222_DefinesItsDelta(string anchor, string delta, string value, string substituted)
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var step = LessonRuns.Step(lesson, anchor);

        (step.Target.StartsWith(delta + " = ", StringComparison.Ordinal), step.ValueText, step.Substituted).ShouldBe((true, value, substituted), step.Target);
    }

    [Theory]
    [InlineData("w5", @"\delta_{o1}", "net_o1", "0.1384985616", "0.5932699921")]
    [InlineData("w6", @"\delta_{o1}", "net_o1", "0.1384985616", "0.5968843783")]
    [InlineData("w7", @"\delta_{o2}", "net_o2", @"\left(-0.03809823652\right)", "0.5932699921")]
    [InlineData("w1", @"\delta_{h1}", "net_h1", "0.008771354689", "0.05")]
    [InlineData("w4", @"\delta_{h2}", "net_h2", "0.009954254705", "0.1")]
    public void WeightStep_OfNet222_IsItsDeltaTimesItsOwnPartial(string weight, string delta, string net, string deltaTex, string partialTex)
    {
        var (run, lesson) = LessonRuns.Build(Net);
        var partial = $@"\frac{{\partial {run.Graph[net].Symbol}}}{{\partial {run.Graph[weight].Symbol}}}";

        var step = LessonRuns.Step(lesson, "backward-" + weight);

        (step.Symbolic, step.Substituted).ShouldBe(($@"{delta} \cdot {partial}", $@"{deltaTex} \times {partialTex}"));
    }

    [Fact]
    public void WeightSteps_OfNet222_WriteTheWholeChainOncePerLayer_ForW5AndW1()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        lesson.Steps.Where(s => s.Chain.Length > 0).Select(s => s.Node).ShouldBe(["w5", "w1"]);
    }

    [Fact]
    public void ChainOfW5_IsWhatDeltaO1StandsForTimesItsOwnPartial()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        LessonRuns.Step(lesson, "backward-w5").Chain.ShouldBe(
            @"\frac{\partial E_{\mathrm{total}}}{\partial \mathrm{out}_{o1}} \cdot \frac{\partial \mathrm{out}_{o1}}{\partial \mathrm{net}_{o1}} \cdot \frac{\partial \mathrm{net}_{o1}}{\partial w_{5}}");
    }

    [Theory]
    [InlineData("j-graph")]
    [InlineData("logistic-graph")]
    public void ExpressionGraph_UsesNoDelta_ButTheChainOfLocalPartials(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Steps.Where(s => s.Target.Contains(@"\delta", StringComparison.Ordinal) || s.Symbolic.Contains(@"\delta", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void BackwardStep_OfC_InTheJGraph_IsTheChainFromTheOutput()
    {
        var (_, lesson) = LessonRuns.Build("j-graph");

        var step = LessonRuns.Step(lesson, "backward-c");

        (step.Symbolic, step.Substituted).ShouldBe((@"\frac{\partial J}{\partial v} \cdot \frac{\partial v}{\partial u} \cdot \frac{\partial u}{\partial c}", @"3 \times 1 \times 3"));
    }

    [Fact]
    public void PathTerm_OfOutH1ThroughNetO1_IsTheNotesNumber()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var path = LessonRuns.Step(lesson, "backward-out-h1").Paths.Single(p => p.Target == @"\frac{\partial E_{o1}}{\partial \mathrm{out}_{h1}}");

        path.Value.Format(8).Text.ShouldBe("0.055399425");
    }

    /// <remarks>
    /// Mazur prints −0.019049119: his δ_o2 rounded to −0.038098237 first, halved to −0.0190491185, rounded up. The exact
    /// share is −0.019049118258…, so at the printed digits it reads −0.019049118: a double rounding of the post, not ours.
    /// </remarks>
    [Fact]
    public void PathTerm_OfOutH1ThroughNetO2_IsTheExactShare_NotThePostsDoubleRounding()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var path = LessonRuns.Step(lesson, "backward-out-h1").Paths.Single(p => p.Target == @"\frac{\partial E_{o2}}{\partial \mathrm{out}_{h1}}");

        (path.Value.Format(8).Text, LessonRuns.Step(lesson, "backward-net-o2").Value.Format(8).Text).ShouldBe(("-0.019049118", "-0.038098237"));
    }

    [Fact]
    public void BackwardStep_OfOutH1_IsTheSumOfItsPathTerms()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var step = LessonRuns.Step(lesson, "backward-out-h1");

        (step.Symbolic, step.Value.Format(8).Text).ShouldBe((@"\frac{\partial E_{o1}}{\partial \mathrm{out}_{h1}} + \frac{\partial E_{o2}}{\partial \mathrm{out}_{h1}}", "0.036350306"));
    }

    [Fact]
    public void PathTerm_OfOutH1ThroughNetO1_IsDeltaO1TimesW5()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var path = LessonRuns.Step(lesson, "backward-out-h1").Paths[0];

        (path.Consumer, path.Symbolic, path.Substituted).ShouldBe(("net_o1", @"\delta_{o1} \cdot \frac{\partial \mathrm{net}_{o1}}{\partial \mathrm{out}_{h1}}", @"0.1384985616 \times 0.4"));
    }

    [Fact]
    public void Remark_ThatTheHiddenLayerUsesTheOriginalWeights_IsMadeOnceAtOutH1()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var remarks = lesson.Steps.Where(s => s.Remark is not null).Select(s => (s.Node, LessonRuns.English(s.Remark))).ToList();

        remarks.ShouldBe([("out_h1", "The hidden layer uses w5, w6, w7 and w8 as they were in the forward pass, not their updated values: every gradient of the backward pass is taken at the same point, and the updates come after it.")]);
    }

    [Fact]
    public void ErrorAfterTheUpdate_OfNet222_IsTheForwardPassWithTheNewWeights()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        LessonRuns.Step(lesson, "after-e-total").Value.Format(8).Text.ShouldBe("0.29102777");
    }

    [Fact]
    public void ErrorAfterTheUpdate_OfNet222_ShowsMazursValueAsTheStaleWeightsErratum()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        var note = LessonRuns.Step(lesson, "after-e-total").Note!;

        (note.Key, ((Real)note.Arguments["stale"]).Format(9).Text, note.Arguments["printed"]).ShouldBe(("rules.after_update.printed_stale", "0.291027924", "0.291027924"));
    }

    [Fact]
    public void ErrorAfterTheUpdate_WithUpdatedBiases_ComparesWithTheStaleWeightsOnly()
    {
        var (_, lesson) = LessonRuns.Build(Net, BiasPolicy.Shared);

        LessonRuns.Step(lesson, "after-e-total").Note!.Key.ShouldBe("rules.after_update.stale");
    }

    [Theory]
    [InlineData("j-graph")]
    [InlineData("logistic-graph")]
    public void ErrorAfterTheUpdate_IsLeftOut_WhenNothingIsUpdated(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Sections.Select(s => s.Anchor).ShouldNotContain("after-update");
    }

    [Fact]
    public void BackwardSteps_OfNet222_GoLayerByLayer()
    {
        var (_, lesson) = LessonRuns.Build(Net);

        lesson.Sections.Single(s => s.Anchor == "backward").Steps.Select(s => s.Node).ShouldBe(
        [
            "E_total", "E_o1", "E_o2", "out_o1", "out_o2", "net_o1", "net_o2", "w5", "w6", "w7", "w8", "b2", "out_h1", "out_h2",
            "net_h1", "net_h2", "w1", "w2", "w3", "w4", "b1",
        ]);
    }

    [Theory]
    [InlineData(@"\mathrm{net}_{o1}", @"\delta_{o1}")]
    [InlineData(@"z^{(1)}_{2}", @"\delta^{(1)}_{2}")]
    [InlineData(@"{\mathrm{net}_{o1}}^{[2]}", @"{\delta_{o1}}^{[2]}")]
    [InlineData("s", @"\delta_{s}")]
    public void DeltaSymbol_ReplacesTheNetsLetter(string net, string delta)
        => BackwardSteps.DeltaSymbol(net).ShouldBe(delta);
}
