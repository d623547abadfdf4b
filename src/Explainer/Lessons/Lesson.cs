using Explainer.Checking;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>A worked lesson built from a trace: setup, forward pass, loss, backward pass, updates, claims and a summary.</summary>
/// <param name="Id">The example's id, used in file names and links.</param>
/// <param name="Title">The title, as the example's author wrote it (a page in another language takes the string table's <c>lessons.ID.title</c> when it has one).</param>
/// <param name="Summary">What the lesson shows, in a sentence or two, as its author wrote it.</param>
/// <param name="Setting">The settings, e.g. learning rate η = 0.5 and the bias policy, as a message for the string table.</param>
/// <param name="Display">How every value was displayed: the one source of the lesson's digits.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="SummaryTable">The gradients and updated values of every parameter.</param>
/// <param name="Checks">Every claim of the source with its verdict.</param>
public sealed record Lesson(
    string Id,
    string Title,
    string Summary,
    Message Setting,
    DisplayOptions Display,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<SummaryRow> SummaryTable,
    IReadOnlyList<ClaimCheck> Checks)
{
    /// <summary>Gets the rows of a comparison of several runs (the optimizers lesson); empty for a single trace.</summary>
    public IReadOnlyList<ComparisonRow> Comparison { get; init; } = [];

    /// <summary>Gets a value indicating whether the lesson takes an update step (a learning rate or updates); an expression graph with gradients only has none, so no Updates section and no values after.</summary>
    public bool HasUpdateStep { get; init; }

    /// <summary>Gets every step of every section, in order (a section's given values before its steps).</summary>
    public IEnumerable<LessonStep> Steps => Sections.SelectMany(s => s.Given.Concat(s.Steps));
}
