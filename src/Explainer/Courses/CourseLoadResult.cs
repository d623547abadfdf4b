namespace Explainer.Courses;

/// <summary>What loading a course file gave: the course, or every problem found, each as <c>file:line:column: message</c>.</summary>
/// <param name="Course">The course, or null when there are problems.</param>
/// <param name="Messages">Every problem, in file order.</param>
public sealed record CourseLoadResult(CourseFile? Course, IReadOnlyList<string> Messages)
{
    /// <summary>Gets a value indicating whether the file loaded without problems.</summary>
    public bool Succeeded => Course is not null && Messages.Count == 0;
}
