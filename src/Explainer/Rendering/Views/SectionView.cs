namespace Explainer.Rendering.Views;

/// <summary>A section as its templates see it.</summary>
/// <param name="Anchor">Its stable id.</param>
/// <param name="Title">The heading.</param>
/// <param name="Intro">The introduction: Markdown with TeX, trusted (the engine's words, not a user's).</param>
/// <param name="Given">The values the section starts from, listed before its steps.</param>
/// <param name="Steps">The steps.</param>
internal sealed record SectionView(string Anchor, string Title, string Intro, IReadOnlyList<StepView> Given, IReadOnlyList<StepView> Steps)
{
    /// <summary>Gets the values shown as a table before the steps; null for none.</summary>
    public TableView? Table { get; init; }
}
