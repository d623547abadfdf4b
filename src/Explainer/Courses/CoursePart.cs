namespace Explainer.Courses;

/// <summary>A part of a course's table of contents.</summary>
/// <param name="Title">The part's title.</param>
/// <param name="Lessons">Its lessons, in reading order.</param>
public sealed record CoursePart(string Title, IReadOnlyList<CourseEntry> Lessons);
