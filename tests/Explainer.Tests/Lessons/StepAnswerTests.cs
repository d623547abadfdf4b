using Explainer.Checking;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>The answers a lesson's steps carry for the page's "check your numbers" mode: the exact value and the catalogued mistakes' values, at twenty proven digits, from the engine.</summary>
public sealed class StepAnswerTests
{
    private static readonly (WorkedRun Run, Lesson Lesson) Net = LessonRuns.Build("net-2-2-2");

    [Fact]
    public void GradientOfW5_NamesItsQuantityAndLabel()
    {
        var answer = LessonRuns.Step(Net.Lesson, "backward-w5").Answer!;

        (answer.Quantity, LessonRuns.English(answer.Label)).ShouldBe((QuantityKey.Gradient("w5"), "∂E_total/∂w5"));
    }

    [Fact]
    public void GradientOfW5_ExactIsTwentyProvenDigits()
    {
        var answer = LessonRuns.Step(Net.Lesson, "backward-w5").Answer!;

        answer.Exact.ShouldBe(Net.Run.Trace.Gradient(Net.Run.Graph["w5"]).Format(20).Text);
        answer.Exact.ShouldStartWith("0.0821670405642");
        answer.Exact.Replace("0.0", string.Empty, StringComparison.Ordinal).Length.ShouldBe(20);
    }

    [Fact]
    public void GradientOfW5_SignMistake_IsTheNegatedGradient()
    {
        var answer = LessonRuns.Step(Net.Lesson, "backward-w5").Answer!;

        answer.Mistakes.Single(m => m.Mistake == MistakeCatalogue.Sign).Value.ShouldBe("-" + answer.Exact);
    }

    [Fact]
    public void GradientOfW5_HalfDroppedMistake_IsTwiceTheGradient()
    {
        var answer = LessonRuns.Step(Net.Lesson, "backward-w5").Answer!;
        var twice = Real.FromFraction(2, 1) * Net.Run.Trace.Gradient(Net.Run.Graph["w5"]);

        answer.Mistakes.Single(m => m.Mistake == MistakeCatalogue.HalfDropped).Value.ShouldBe(twice.Format(20).Text);
    }

    [Fact]
    public void ExactForwardValue_IsItsTerminatingDecimal()
    {
        var answer = LessonRuns.Step(Net.Lesson, "forward-net-h1").Answer!;

        (answer.Exact, answer.IsExactText).ShouldBe(("0.3775", true));
    }

    [Fact]
    public void CertifiedValue_IsARoundedText()
    {
        LessonRuns.Step(Net.Lesson, "forward-out-h1").Answer!.IsExactText.ShouldBeFalse();
    }

    [Fact]
    public void FrozenBiasUpdate_OffersTheFrozenUpdatedMistake()
    {
        var answer = LessonRuns.Step(Net.Lesson, "update-b1").Answer!;

        answer.Exact.ShouldBe("0.35");
        answer.Mistakes.Select(m => m.Mistake.Id).ShouldContain(MistakeCatalogue.FrozenUpdated.Id);
    }

    [Fact]
    public void GivenValues_HaveNoAnswer()
    {
        Net.Lesson.Steps.Where(s => s.IsGiven).Select(s => s.Answer).ShouldAllBe(a => a == null);
    }

    [Theory]
    [InlineData("net-2-2-2")]
    [InlineData("j-graph")]
    [InlineData("logistic-graph")]
    [InlineData("linear-chain")]
    [InlineData("and-neuron")]
    public void EveryComputedStep_AnswersWithTheMarkersExactValue(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);
        var marker = new Marker(run.Trace, run.Updates, run.LearningRate);

        // The error after the update is no quantity of the trace: it is judged by its value alone.
        var wrong = lesson.Steps.Where(s => !s.IsGiven && (s.Kind != StepKind.Update || run.LearningRate is not null) && !s.Anchor.StartsWith("after-", StringComparison.Ordinal))
            .Where(s => s.Answer?.Quantity is not { } key || marker.Exact(key) is not { } exact || !LessonRuns.Same(exact, s.Value) || !SameText(s.Answer.Exact, Text(s.Value)))
            .Select(s => s.Anchor);

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("logistic-graph")]
    [InlineData("linear-chain")]
    public void UpdateWithoutALearningRate_IsJudgedByItsValueAlone(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Steps.Where(s => s.Kind == StepKind.Update).Select(s => (s.Answer!.Quantity, s.Answer.Mistakes.Count, s.Answer.Exact == Text(s.Value)))
            .ShouldAllBe(a => a.Quantity == null && a.Count == 0 && a.Item3);
    }

    [Theory]
    [InlineData("net-2-2-2")]
    [InlineData("and-neuron")]
    public void EveryMistakeValue_IsTheMarkersAndDiffersFromTheExactAtTwentyDigits(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);
        var marker = new Marker(run.Trace, run.Updates, run.LearningRate);

        var wrong = lesson.Steps.Where(s => s.Answer?.Quantity is not null).SelectMany(s =>
        {
            var all = marker.MistakeValues(s.Answer!.Quantity!.Value).ToDictionary(m => m.Mistake.Id, m => Text(m.Value));
            return s.Answer.Mistakes.Where(m => m.Value == s.Answer.Exact || !all.TryGetValue(m.Mistake.Id, out var value) || value != m.Value).Select(m => $"{s.Anchor} {m.Mistake.Id}");
        });

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void MistakeValuesAtDigits_KeepsEveryMistakeTheExactComparisonFindsThatShowsDifferently()
    {
        var marker = new Marker(Net.Run.Trace, Net.Run.Updates, Net.Run.LearningRate);
        var key = QuantityKey.Gradient("out_h1");
        var exact = Text(marker.Exact(key)!.Value);

        var exactComparison = marker.MistakeValues(key).Where(m => Text(m.Value) != exact).Select(m => m.Mistake.Id);

        marker.MistakeValues(key, StepAnswer.Digits).Select(m => m.Mistake.Id).ShouldBe(exactComparison);
    }

    [Fact]
    public void ToursSteps_AnswerWithTheirValueAlone()
    {
        var lessons = new[] { ActivationTour.Lesson(LessonRuns.Display), OptimizerTour.Lesson(LessonRuns.Display) };

        var wrong = lessons.SelectMany(l => l.Steps).Where(s => s.Answer is not { Quantity: null, Mistakes.Count: 0 } a || a.Exact != Text(s.Value) || LessonRuns.English(a.Label).Length == 0).Select(s => s.Anchor);

        wrong.ShouldBeEmpty();
    }

    /// <summary>The same digits, or both undecided: an enclosure narrows as later comparisons refine the value.</summary>
    private static bool SameText(string a, string b) => a == b || (a.StartsWith('[') && b.StartsWith('['));

    private static string Text(Real value) => value.IsZero ? "0" : value.Format(StepAnswer.Digits).Text;
}
