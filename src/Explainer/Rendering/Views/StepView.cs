namespace Explainer.Rendering.Views;

/// <summary>A step as its templates see it: TeX with its numbers already displayed, and its note in words.</summary>
/// <param name="Anchor">Its stable id.</param>
/// <param name="Target">The TeX of what is computed.</param>
/// <param name="Symbolic">The formula in symbols; empty for a given value.</param>
/// <param name="Substituted">The formula with numbers; empty for a given value.</param>
/// <param name="ValueTex">The value as TeX.</param>
/// <param name="IsGiven">Whether it states a given value.</param>
/// <param name="IsExact">Whether the value is exact.</param>
/// <param name="IsUndecided">Whether the display is only a proven enclosure.</param>
/// <param name="Note">The remark in words; empty for none.</param>
/// <param name="Claims">What the source prints for it, with the verdicts.</param>
/// <param name="Equations">Its equations in reading order: the local rules it derives, its paths' shares, then its own; empty for a given value.</param>
/// <param name="Remark">A remark said before its equations, in words; empty for none.</param>
/// <param name="Formula">The formula in symbols as a worksheet shows it, laid out as the lesson's equations are; null for a given value.</param>
internal sealed record StepView(
    string Anchor, string Target, string Symbolic, string Substituted, string ValueTex, bool IsGiven, bool IsExact, bool IsUndecided, string Note, IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<EquationView> Equations, string Remark, EquationView? Formula);
