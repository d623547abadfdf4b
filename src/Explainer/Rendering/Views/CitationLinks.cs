using Explainer.Checking;

namespace Explainer.Rendering.Views;

/// <summary>Where a site's citations lead: each cited file's page, and each claim's lesson step.</summary>
/// <param name="Pages">The page name (without extension) of each source file the site shows, by file name.</param>
/// <param name="Steps">The lesson page (without extension) and the anchor of the step that checks each claim.</param>
internal sealed record CitationLinks(IReadOnlyDictionary<string, string> Pages, IReadOnlyDictionary<Claim, (string Page, string Anchor)> Steps)
{
    /// <summary>No links: every citation is plain text.</summary>
    public static CitationLinks None { get; } = new(new Dictionary<string, string>(), new Dictionary<Claim, (string, string)>());

    /// <summary>The page of <paramref name="file"/>, or null when the site does not show it.</summary>
    public string? PageOf(string file) => Pages.GetValueOrDefault(file);

    /// <summary>The step that checks <paramref name="claim"/>, or null when no lesson of the site does.</summary>
    public (string Page, string Anchor)? StepOf(Claim claim) => Steps.TryGetValue(claim, out var step) ? step : null;
}
