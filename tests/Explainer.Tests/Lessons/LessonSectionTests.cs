using System.Text.RegularExpressions;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>Sections appear only where they apply, and the notes say only what is so: no Updates without an update step, no loss without a target, the bias policy's note only of biases, no gradients of fixed inputs unless asked.</summary>
public sealed class LessonSectionTests
{
    public static TheoryData<string> Ids => [.. Catalogue.All.Select(e => e.Id)];

    [Theory]
    [InlineData("linear-chain")]
    [InlineData("logistic-graph")]
    [InlineData("j-graph")]
    [InlineData("and-neuron")]
    public void ExpressionWithoutRate_HasNoUpdatesSection(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Sections.Select(s => s.Anchor).ShouldNotContain("updates");
        lesson.HasUpdateStep.ShouldBeFalse();
    }

    [Theory]
    [InlineData("linear-chain")]
    [InlineData("logistic-graph")]
    [InlineData("and-neuron")]
    public void ExpressionWithoutRate_SaysNothingOfUpdates(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        var notes = lesson.Steps.Select(s => LessonRuns.English(s.Note)).ToList();

        notes.ShouldNotContain(n => n.Contains("not updated", StringComparison.Ordinal) || n.Contains("would move", StringComparison.Ordinal));
    }

    [Fact]
    public void Net222_KeepsItsUpdatesSection()
    {
        var (_, lesson) = LessonRuns.Build("net-2-2-2");

        lesson.Sections.Select(s => s.Anchor).ShouldContain("updates");
        lesson.HasUpdateStep.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void BiasPolicyNote_IsSaidOnlyOfBiases(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);
        var biases = run.Network?.Biases.Select(b => b.Name).ToHashSet() ?? [];

        var wrong = lesson.Steps
            .Where(s => LessonRuns.English(s.Note).Contains("bias policy", StringComparison.Ordinal) && !biases.Contains(s.Node))
            .Select(s => s.Anchor);

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Net222Frozen_SaysTheBiasPolicyNoteOfEachBias()
    {
        var (_, lesson) = LessonRuns.Build("net-2-2-2", BiasPolicy.Frozen);

        lesson.Steps.Where(s => LessonRuns.English(s.Note).Contains("not updated under this bias policy", StringComparison.Ordinal))
            .Select(s => s.Node).ShouldBe(["b1", "b2"]);
    }

    [Theory]
    [InlineData("j-graph")]
    [InlineData("logistic-graph")]
    public void ExpressionWithoutTarget_HasNoLossSection(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Sections.Select(s => s.Anchor).ShouldNotContain("loss");
    }

    [Fact]
    public void LinearChain_KeepsItsLossSection()
    {
        var (_, lesson) = LessonRuns.Build("linear-chain");

        lesson.Sections.Single(s => s.Anchor == "loss").Steps.Select(s => s.Node).ShouldBe(["L"]);
    }

    [Fact]
    public void Net222_HasNoBackwardStepOfAnInput()
    {
        var (run, lesson) = LessonRuns.Build("net-2-2-2");
        var inputs = run.Graph.Nodes.Where(n => n.Kind == NodeKind.Input).Select(n => n.Name).ToList();

        inputs.ShouldNotBeEmpty();
        lesson.Steps.Where(s => s.Kind == StepKind.Backward && inputs.Contains(s.Node)).Select(s => s.Anchor).ShouldBeEmpty();
    }

    [Fact]
    public void Net222_AskedForInputGradients_ShowsThem()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var lesson = LessonBuilder.Build(run.ToLessonSource() with { ShowInputGradients = true }, LessonRuns.Display);

        lesson.Steps.Where(s => s.Kind == StepKind.Backward).Select(s => s.Node).ShouldContain("i1");
    }

    /// <summary>The j-graph's a, b and c are inputs, and the notes print their gradients: the claims keep them.</summary>
    [Fact]
    public void JGraph_KeepsTheInputGradientsItsClaimsCheck()
    {
        var (_, lesson) = LessonRuns.Build("j-graph");

        lesson.Steps.Where(s => s.Kind == StepKind.Backward).Select(s => s.Node).ShouldBe(["J", "v", "u", "c", "b", "a"], ignoreOrder: true);
    }

    /// <summary>∂E/∂θ₁ and ∂E/∂θ₂ are exactly 0, as the example's summary says; the arithmetic only encloses them, and the step says both.</summary>
    [Theory]
    [InlineData("backward-w1")]
    [InlineData("backward-w2")]
    public void AndNeuron_ZeroGradient_IsSaidToBeExactlyZeroBesideItsInterval(string anchor)
    {
        var (_, lesson) = LessonRuns.Build("and-neuron");

        var step = LessonRuns.Step(lesson, anchor);

        (step.IsUndecided, step.AuthorRemark?.StartsWith("It is exactly 0: only rows", StringComparison.Ordinal)).ShouldBe((true, true));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Notes_NameNoNodeByItsProgramName(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);
        var programNames = run.Graph.Nodes.Where(n => n.Symbol != n.Name && n.Name.Contains('_', StringComparison.Ordinal)).Select(n => n.Name).ToList();

        var wrong = lesson.Steps
            .Select(s => (s.Anchor, Note: LessonRuns.English(s.Note)))
            .Where(x => programNames.Any(p => Regex.IsMatch(x.Note, $@"(?<![\w{{\\]){Regex.Escape(p)}(?!\w)")))
            .Select(x => $"{x.Anchor}: {x.Note}");

        wrong.ShouldBeEmpty();
    }
}
