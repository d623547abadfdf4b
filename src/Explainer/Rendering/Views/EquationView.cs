namespace Explainer.Rendering.Views;

/// <summary>An equation as its template writes it: what is computed, then its forms (rule, numbers, result), on one row when it is short and on aligned rows otherwise.</summary>
/// <param name="Target">The TeX left of the first "=".</param>
/// <param name="Rows">The rows; a single row holds every form joined by " = ".</param>
internal sealed record EquationView(string Target, IReadOnlyList<EquationRow> Rows)
{
    /// <summary>Gets a value indicating whether the equation is written as aligned rows.</summary>
    public bool IsAligned => Rows.Count > 1;
}
