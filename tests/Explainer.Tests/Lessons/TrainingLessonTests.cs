using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>The optimizers lesson: each rule at a rate that suits it, and a step that overshoots is said to.</summary>
public sealed class TrainingLessonTests
{
    [Fact]
    public void OptimizerTour_RunsEachRuleAtARateThatSuitsIt()
    {
        OptimizerTour.Runs().Select(r => (r.Optimizer.Name, LessonRuns.Display.Text(r.Optimizer.LearningRate))).ShouldBe(
        [
            ("sgd", "0.5"), ("momentum", "0.5"), ("adagrad", "0.01"), ("rmsprop", "0.001"), ("adam", "0.001"),
        ]);
    }

    /// <summary>RMSProp at the notes' ε = 0.5 moves w1 from 0.15 to −0.067, past its minimum: its gradient goes from 0.00043857 to −0.00102016 (mpmath at 60 digits: −0.001020158122).</summary>
    [Fact]
    public void Step_ThatCarriesAParameterPastItsMinimum_SaysSo()
    {
        var lesson = RmsPropAtHalf();

        LessonRuns.English(LessonRuns.Step(lesson, "rmsprop-t1-w1").Note)
            .ShouldBe(@"the gradient changes sign at step 2 (-0.001020158122): step 1 carried $w_{1}$ past the minimum along its axis");
    }

    [Fact]
    public void Step_ThatLeavesTheGradientsSign_SaysNothing()
    {
        var lesson = RmsPropAtHalf();

        LessonRuns.Step(lesson, "rmsprop-t1-w5").Note.ShouldBeNull();
    }

    [Fact]
    public void OptimizerTour_SaysNoStepOvershotWhereNoneDid()
    {
        var lesson = OptimizerTour.Lesson(LessonRuns.Display);

        lesson.Steps.Select(s => LessonRuns.English(s.Note)).Where(n => n.Contains("overshot", StringComparison.Ordinal) || n.Contains("past the minimum", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static Lesson RmsPropAtHalf()
    {
        var spec = Catalogue.Get("net-2-2-2").Run().Network!.Spec;
        var run = Trainer.Train(spec, OptimizerSettings.Defaults(OptimizerKind.RmsProp, Real.Parse("0.5")), 2);
        return TrainingLessonBuilder.Build("t", "t", "t", Message.Of("setting.activations"), [run], ["w1", "w5"], LessonRuns.Display);
    }
}
