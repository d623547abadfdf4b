namespace Explainer.Rendering.Views;

/// <summary>A table of values as its templates see it: TeX column names and every value displayed.</summary>
/// <param name="Columns">Each column's name, in TeX.</param>
/// <param name="Rows">The rows of displayed values.</param>
/// <param name="IsGiven">Whether the values are given (a worksheet shows them), not results.</param>
internal sealed record TableView(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool IsGiven);
