using Explainer.Checking;
using Explainer.Lessons;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>Every lesson of the catalogue: the numbers of its trace, unique anchors, and every claim shown once.</summary>
public sealed class CatalogueLessonTests
{
    public static TheoryData<string> Ids => [.. Catalogue.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryStep_ShowsTheTracesValueAtTheLessonsDigits(string id)
    {
        var (run, lesson) = LessonRuns.Build(id);

        var wrong = lesson.Steps
            .Select(s => (s.Anchor, s.ValueText, Trace: LessonRuns.Display.Text(LessonRuns.TraceValue(run, s))))
            .Where(x => x.ValueText != x.Trace)
            .Select(x => $"{x.Anchor}: {x.ValueText} vs {x.Trace}");

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Anchors_AreUniqueAcrossStepsSectionsAndTables(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        lesson.Steps.Select(s => s.Anchor).Concat(lesson.Sections.Select(s => s.Anchor)).Append("summary").Append("claims")
            .GroupBy(a => a, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryClaim_IsShownWithAtMostOneStep(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        var wrong = lesson.Checks
            .Select(c => (c.Claim, Count: lesson.Steps.Count(s => s.Claims.Contains(c))))
            .Where(x => x.Count > 1)
            .Select(x => $"{x.Claim.Citation} {x.Claim.Quantity} '{x.Claim.Printed}' is shown {x.Count} times");

        wrong.ShouldBeEmpty();
    }

    /// <summary>A claim whose quantity has no step (∂f/∂f = 1 of the output) is otherwise only in the table at the end.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryClaim_IsShownWithAStep(string id)
    {
        var (_, lesson) = LessonRuns.Build(id);

        var orphans = lesson.Checks
            .Where(c => !lesson.Steps.Any(s => s.Claims.Contains(c)))
            .Select(c => $"{c.Claim.Citation} {c.Claim.Quantity} '{c.Claim.Printed}'");

        orphans.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Build_Twice_GivesTheSameText(string id)
    {
        var first = LessonRuns.Build(id).Lesson;
        var second = LessonRuns.Build(id).Lesson;

        second.Steps.Select(s => (s.Anchor, s.Symbolic, s.Substituted, s.ValueText, LessonRuns.English(s.Note)))
            .ShouldBe(first.Steps.Select(s => (s.Anchor, s.Symbolic, s.Substituted, s.ValueText, LessonRuns.English(s.Note))));
    }
}
