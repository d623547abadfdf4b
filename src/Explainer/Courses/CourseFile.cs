using Explainer.Networks;

namespace Explainer.Courses;

/// <summary>A course project's <c>course.yaml</c>, loaded: what the site says about itself, the lessons' defaults and the table of contents.</summary>
/// <param name="FileName">The course file as diagnostics name it (the folder as given, then <c>course.yaml</c>).</param>
/// <param name="Directory">The course folder's full path.</param>
/// <param name="Title">The course's title.</param>
/// <param name="Parts">The table of contents: parts in reading order, each with its lessons in order.</param>
public sealed record CourseFile(string FileName, string Directory, string Title, IReadOnlyList<CoursePart> Parts)
{
    /// <summary>Gets the author, or null when the file names none.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the languages of the pages, the default first: <c>en</c> unless the file says otherwise.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>Gets the significant digits of every value, or null for the command's default.</summary>
    public int? Digits { get; init; }

    /// <summary>Gets the bias policy of every network lesson, or null to keep each spec's own.</summary>
    public BiasPolicy? BiasPolicy { get; init; }

    /// <summary>Gets where the site will be published, or null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets every lesson entry of every part, in reading order.</summary>
    public IReadOnlyList<CourseEntry> Lessons => [.. Parts.SelectMany(p => p.Lessons)];
}
