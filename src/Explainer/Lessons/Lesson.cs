using Explainer.Checking;

namespace Explainer.Lessons;

/// <summary>A worked lesson built from a trace: setup, forward pass, loss, backward pass, updates, claims and a summary.</summary>
/// <param name="Id">The example's id, used in file names and links.</param>
/// <param name="Title">The title.</param>
/// <param name="Summary">What the lesson shows, in a sentence or two.</param>
/// <param name="Setting">The settings in words, e.g. <c>learning rate η = 0.5; bias policy: frozen</c>.</param>
/// <param name="Digits">The significant digits of every displayed value.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="SummaryTable">The gradients and updated values of every parameter.</param>
/// <param name="Checks">Every claim of the source with its verdict.</param>
public sealed record Lesson(
    string Id,
    string Title,
    string Summary,
    string Setting,
    int Digits,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<SummaryRow> SummaryTable,
    IReadOnlyList<ClaimCheck> Checks)
{
    /// <summary>Gets the rows of a comparison of several runs (the optimizers lesson); empty for a single trace.</summary>
    public IReadOnlyList<ComparisonRow> Comparison { get; init; } = [];

    /// <summary>Gets every step of every section, in order (a section's given values before its steps).</summary>
    public IEnumerable<LessonStep> Steps => Sections.SelectMany(s => s.Given.Concat(s.Steps));
}
