using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>Values laid out as a table: a header of TeX column names and rows of values (a truth table's inputs and targets, an activation at its points).</summary>
/// <param name="Columns">Each column's name, in TeX.</param>
/// <param name="Rows">The rows, each with one value per column.</param>
public sealed record LessonTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<Real>> Rows)
{
    /// <summary>Gets a value indicating whether the table holds values the example starts from (a worksheet shows it), not results (a worksheet leaves them to the learner).</summary>
    public bool IsGiven { get; init; }
}
