using Explainer.Lessons;
using Explainer.Rendering.Diagrams;

namespace Explainer.Site;

/// <summary>A lesson of the course with its diagram.</summary>
/// <param name="Lesson">The lesson.</param>
/// <param name="Diagram">An inline SVG of the example's graph, or empty.</param>
public sealed record CourseLesson(Lesson Lesson, string Diagram)
{
    /// <summary>Gets the title of the part of the course the lesson belongs to, or null for a course without parts.</summary>
    public string? Part { get; init; }

    /// <summary>Gets the lesson's other figures (its network as the notes draw it, function plots), or null.</summary>
    public LessonFigures? Figures { get; init; }
}
