namespace Explainer.Rendering.Views;

/// <summary>A row of the comparison table, every number displayed.</summary>
/// <param name="Title">The run's name.</param>
/// <param name="Anchor">Its section's anchor.</param>
/// <param name="Steps">How many steps it took.</param>
/// <param name="LossBefore">The loss before the first step.</param>
/// <param name="LossAfter">The loss after the last.</param>
internal sealed record ComparisonRowView(string Title, string Anchor, int Steps, string LossBefore, string LossAfter);
