using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Rendering.Diagrams;
using Explainer.Site;

namespace Explainer.Worked;

/// <summary>The lessons of the course, in reading order: each worked example, then the activations and optimizers lessons.</summary>
public static class CourseLessons
{
    /// <summary>Builds every lesson with <paramref name="digits"/> significant digits; diagrams are drawn unless <paramref name="diagrams"/> is false.</summary>
    public static IReadOnlyList<CourseLesson> All(int digits, bool diagrams = true)
    {
        var display = new DisplayOptions(digits);
        var lessons = new List<CourseLesson>();
        foreach (var e in Catalogue.All)
        {
            var run = e.Run();
            var diagram = diagrams ? DiagramWriter.Write(run.Graph, run.Trace, new DiagramOptions { Title = run.Example.Title }) : string.Empty;
            lessons.Add(new CourseLesson(LessonBuilder.Build(run.ToLessonSource(), display), diagram));
        }

        lessons.Add(new CourseLesson(ActivationTour.Lesson(display), string.Empty));
        lessons.Add(new CourseLesson(OptimizerTour.Lesson(display), string.Empty));

        return lessons;
    }
}
