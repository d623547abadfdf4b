using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>The lesson of the 2-2-2 network under every bias policy: one backward step per parameter, every update, the numbers of the trace.</summary>
public sealed partial class Net222LessonTests
{
    private const string Id = "net-2-2-2";

    public static TheoryData<BiasPolicy, string> BiasNames => new()
    {
        { BiasPolicy.Frozen, "b1 b2" },
        { BiasPolicy.Shared, "b1 b2" },
        { BiasPolicy.PerNeuron, "b_h1 b_h2 b_o1 b_o2" },
    };

    public static TheoryData<BiasPolicy> Policies => [BiasPolicy.Frozen, BiasPolicy.Shared, BiasPolicy.PerNeuron];

    [Theory]
    [MemberData(nameof(BiasNames))]
    public void Parameters_AreTheEightWeightsAndTheBiasesOfThePolicy(BiasPolicy policy, string biases)
    {
        var (run, _) = LessonRuns.Build(Id, policy);

        run.Network!.Weights.Concat(run.Network.Biases).Select(p => p.Name)
            .ShouldBe(["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", .. biases.Split(' ')]);
    }

    [Theory]
    [MemberData(nameof(BiasNames))]
    public void BackwardStep_OfEveryParameter_HasItsAnchor(BiasPolicy policy, string biases)
    {
        var (_, lesson) = LessonRuns.Build(Id, policy);
        string[] expected =
        [
            "backward-w1", "backward-w2", "backward-w3", "backward-w4", "backward-w5", "backward-w6", "backward-w7", "backward-w8",
            .. biases.Split(' ').Select(b => "backward-" + b.Replace('_', '-')),
        ];

        expected.Where(a => !lesson.Steps.Any(s => s.Anchor == a && s.Kind == StepKind.Backward)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void BackwardStep_OfEveryParameter_HasTheTracesGradient(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        var wrong = Parameters(run)
            .Select(p => (p.Name, Step: LessonRuns.Step(lesson, LessonBuilder.Anchor("backward", p.Name)), Gradient: run.Trace.Gradient(p)))
            .Where(x => x.Step.Node != x.Name || !LessonRuns.Same(x.Step.Value, x.Gradient))
            .Select(x => $"{x.Name}: step {x.Step.Node} = {LessonRuns.Text(x.Step.Value)}, trace {LessonRuns.Text(x.Gradient)}");

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void BackwardStep_OfEveryParameter_ShowsTheNumberOfItsOwnLocalPartial(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        var missing = Parameters(run)
            .SelectMany(p => run.Trace.Contributions(p).Select(edge => (p.Name, Tex: LessonRuns.Display.Tex(edge.Partial))))
            .Where(x => !LessonRuns.Step(lesson, LessonBuilder.Anchor("backward", x.Name)).Substituted.Contains(x.Tex, StringComparison.Ordinal))
            .Select(x => $"{x.Name} lacks {x.Tex}");

        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void BackwardStep_OfEveryParameter_ShowsFactorsWhoseProductIsItsValue(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        var wrong = Parameters(run)
            .Select(p => LessonRuns.Step(lesson, LessonBuilder.Anchor("backward", p.Name)))
            .Where(step => !AgreesWithValue(step))
            .Select(step => $"{step.Node}: {step.Substituted} ≠ {step.ValueText}");

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void BackwardStep_OfW5_IsDeltaO1TimesOutH1()
    {
        var (_, lesson) = LessonRuns.Build(Id);

        var step = LessonRuns.Step(lesson, "backward-w5");

        (step.Substituted, step.ValueText).ShouldBe((@"0.1384985616 \times 0.5932699921", "0.08216704056"));
    }

    [Fact]
    public void BackwardStep_OfW1_StartsFromTheDeltaOfNetH1()
    {
        var (run, lesson) = LessonRuns.Build(Id);

        var step = LessonRuns.Step(lesson, "backward-w1");

        step.Substituted.ShouldStartWith(LessonRuns.Display.Tex(run.Trace.Gradient("net_h1")) + @" \times ");
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void BackwardStep_OfOutH1_SumsTwoPaths(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);
        var step = LessonRuns.Step(lesson, "backward-out-h1");
        var contributions = run.Trace.Contributions(run.Graph["out_h1"]);

        (step.Symbolic.Split(" + ").Length, step.Paths.Count).ShouldBe((2, 2));
        step.Substituted.Split(" + ").ShouldBe(contributions.Select(c => LessonRuns.Display.Tex(c.Contribution)));
        step.Paths.Select(p => p.Substituted).ShouldBe(contributions.Select(c => $@"{LessonRuns.Display.Tex(c.Upstream)} \times {LessonRuns.Display.Tex(c.Partial)}"));
    }

    [Fact]
    public void BackwardStep_OfOutH1_SaysItFeedsBothOutputs()
    {
        var (_, lesson) = LessonRuns.Build(Id);

        LessonRuns.English(LessonRuns.Step(lesson, "backward-out-h1").Note).ShouldBe(@"$\mathrm{out}_{h1}$ feeds $\mathrm{net}_{o1}$ and $\mathrm{net}_{o2}$, so its gradient is the sum over 2 paths.");
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void UpdateStep_OfEveryTrainedParameter_HasTheUpdatedValue(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        var wrong = run.Updates
            .Select(u => (u, Step: LessonRuns.Step(lesson, LessonBuilder.Anchor("update", u.Parameter.Name))))
            .Where(x => x.Step.Kind != StepKind.Update || !LessonRuns.Same(x.Step.Value, x.u.New) || x.Step.Note is not null)
            .Select(x => $"{x.u.Parameter.Name}: {x.Step.ValueText} «{LessonRuns.English(x.Step.Note)}»");

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void UpdateStep_OfW5_IsTheNotesValue(BiasPolicy policy)
    {
        var (_, lesson) = LessonRuns.Build(Id, policy);

        LessonRuns.Step(lesson, "update-w5").ValueText.ShouldStartWith("0.3589164797");
    }

    [Fact]
    public void UpdateStep_OfW5_IsOldMinusEtaTimesGradient()
    {
        var (run, lesson) = LessonRuns.Build(Id);
        var expected = Real.Parse("0.4") - (Real.Parse("0.5") * run.Trace.Gradient("w5"));

        LessonRuns.Text(LessonRuns.Step(lesson, "update-w5").Value).ShouldBe(LessonRuns.Text(expected));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void UpdateSteps_CoverEveryParameter(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        lesson.Steps.Where(s => s.Kind == StepKind.Update).Select(s => s.Node).ShouldBe(Parameters(run).Select(p => p.Name));
    }

    [Theory]
    [InlineData("b1", "0.35")]
    [InlineData("b2", "0.6")]
    public void UpdateStep_OfFrozenBias_KeepsItsValueAndSaysItIsNotUpdated(string bias, string value)
    {
        var (_, lesson) = LessonRuns.Build(Id, BiasPolicy.Frozen);

        var step = LessonRuns.Step(lesson, "update-" + bias);

        (step.Value == Real.Parse(value), LessonRuns.English(step.Note).Contains($"$b_{{{bias[1..]}}}$ is not updated", StringComparison.Ordinal)).ShouldBe((true, true), LessonRuns.English(step.Note));
    }

    [Fact]
    public void UpdateStep_OfFrozenB1_SaysWhereItsGradientWouldMoveIt()
    {
        var (_, lesson) = LessonRuns.Build(Id, BiasPolicy.Frozen);

        LessonRuns.English(LessonRuns.Step(lesson, "update-b1").Note).ShouldEndWith("with its gradient 0.01872560939 it would move to 0.3406371953.");
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void EveryStep_ShowsTheTracesValueAtTheLessonsDigits(BiasPolicy policy)
    {
        var (run, lesson) = LessonRuns.Build(Id, policy);

        var wrong = lesson.Steps
            .Select(s => (s.Anchor, s.ValueText, Trace: LessonRuns.Display.Text(LessonRuns.TraceValue(run, s))))
            .Where(x => x.ValueText != x.Trace)
            .Select(x => $"{x.Anchor}: {x.ValueText} vs {x.Trace}");

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Anchors_AreUnique(BiasPolicy policy)
    {
        var (_, lesson) = LessonRuns.Build(Id, policy);

        lesson.Steps.Select(s => s.Anchor).Concat(lesson.Sections.Select(s => s.Anchor)).Append("summary").Append("claims")
            .GroupBy(a => a, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    private static IEnumerable<Node> Parameters(WorkedRun run) => run.Network!.Weights.Concat(run.Network.Biases);

    /// <summary>Whether the numbers of <c>a × b × … + c × d × …</c> give the displayed value, up to the rounding of the displayed factors.</summary>
    private static bool AgreesWithValue(LessonStep step)
    {
        var tex = Scientific().Replace(step.Substituted.Replace(@"\left(", "", StringComparison.Ordinal).Replace(@"\right)", "", StringComparison.Ordinal), "${m}e${e}");
        var terms = tex.Split(" + ").Select(t => t.Split(@" \times ").Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).Aggregate(1.0, (a, b) => a * b)).ToList();
        var tolerance = 1e-8 * terms.Sum(Math.Abs);
        return Math.Abs(terms.Sum() - double.Parse(step.ValueText, NumberStyles.Float, CultureInfo.InvariantCulture)) <= tolerance;
    }

    [GeneratedRegex(@"(?<m>-?[0-9.]+) \\times 10\^\{(?<e>-?[0-9]+)\}")]
    private static partial Regex Scientific();
}
