namespace Explainer.Rendering.Views;

/// <summary>A row of the summary table, every number displayed.</summary>
/// <param name="Symbol">The parameter's TeX symbol.</param>
/// <param name="Gradient">∂loss/∂parameter.</param>
/// <param name="Old">The value before the step.</param>
/// <param name="New">The value after it.</param>
/// <param name="Updated">Whether the step changes it.</param>
internal sealed record SummaryRowView(string Symbol, string Gradient, string Old, string New, bool Updated)
{
    /// <summary>Gets a value indicating whether the gradient is only a proven interval (the AND neuron's ∂E/∂θ₁, exactly 0 by symmetry): the table marks it as its step does.</summary>
    public bool IsUndecided => Gradient.StartsWith('[');
}
