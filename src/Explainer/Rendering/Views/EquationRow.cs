namespace Explainer.Rendering.Views;

/// <summary>One row of an equation: a form after "=", or the continuation of the form above when it was too long for one row.</summary>
/// <param name="Tex">The row's TeX, without the "=" or the alignment mark.</param>
/// <param name="Continues">Whether the row continues the one above (it starts with its operator, × or +) rather than starting a new form.</param>
internal sealed record EquationRow(string Tex, bool Continues);
