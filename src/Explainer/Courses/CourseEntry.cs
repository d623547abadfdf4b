namespace Explainer.Courses;

/// <summary>One lesson of a course's table of contents: a spec file, and where the course file lists it.</summary>
/// <param name="Path">The path as the course file writes it, relative to the course folder.</param>
/// <param name="DisplayPath">The path diagnostics name the spec by: the course folder as given, then <paramref name="Path"/>.</param>
/// <param name="FullPath">The spec file's full path.</param>
/// <param name="Location">Where the course file lists it: <c>FILE:LINE:COLUMN</c>.</param>
public sealed record CourseEntry(string Path, string DisplayPath, string FullPath, string Location);
