using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Rendering.Diagrams;
using Explainer.Site;

namespace Explainer.Worked;

/// <summary>The lessons of the course, in reading order: each worked example, then the activations and optimizers lessons.</summary>
public static class CourseLessons
{
    /// <summary>Builds every lesson with <paramref name="digits"/> significant digits; diagrams are drawn unless <paramref name="diagrams"/> is false.</summary>
    /// <param name="digits">Significant digits of every value.</param>
    /// <param name="diagrams">Whether to draw each example's graph.</param>
    /// <param name="policy">The bias policy of every network example, or null for each example's own.</param>
    public static IReadOnlyList<CourseLesson> All(int digits, bool diagrams = true, BiasPolicy? policy = null)
    {
        var display = new DisplayOptions(digits);
        var lessons = new List<CourseLesson>();
        foreach (var e in Catalogue.All)
        {
            lessons.Add(Of(e, display, policy, diagrams));
        }

        lessons.Add(new CourseLesson(ActivationTour.Lesson(display), string.Empty) { Figures = diagrams ? LessonFigures.OfFunctions(ActivationTour.Entries.Select(e => (e.Anchor, e.Op))) : null });
        lessons.Add(new CourseLesson(OptimizerTour.Lesson(display), string.Empty));

        return lessons;
    }

    /// <summary>The lesson of one worked example: run under <paramref name="policy"/> when it is a network (an expression graph has no biases), with its diagram.</summary>
    internal static CourseLesson Of(WorkedExample example, DisplayOptions display, BiasPolicy? policy, bool diagrams)
    {
        var run = example.Run(example.DefaultPolicy is null ? null : policy);
        var diagram = diagrams ? DiagramWriter.Write(run.Graph, run.Trace, new DiagramOptions { Title = run.Example.Title }) : string.Empty;
        var figures = diagrams && run.Network is { } network ? LessonFigures.Of(network) : null;
        return new CourseLesson(LessonBuilder.Build(run.ToLessonSource(), display), diagram) { Figures = figures };
    }
}
