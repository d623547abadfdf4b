using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>A row of the lesson's summary table: a parameter, its gradient and its value after the step.</summary>
/// <param name="Parameter">The parameter's name.</param>
/// <param name="Symbol">Its TeX symbol.</param>
/// <param name="Old">The value before the step.</param>
/// <param name="Gradient">∂loss/∂parameter.</param>
/// <param name="New">The value after the step; equal to <paramref name="Old"/> when the parameter is not updated.</param>
/// <param name="Updated">Whether the bias policy lets the step change it.</param>
public sealed record SummaryRow(string Parameter, string Symbol, Real Old, Real Gradient, Real New, bool Updated);
