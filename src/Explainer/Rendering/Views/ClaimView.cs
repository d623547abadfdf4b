using Explainer.Checking;
using Explainer.Numbers;
using Explainer.Site;
using Explainer.Strings;

namespace Explainer.Rendering.Views;

/// <summary>A claim and its verdict as its templates see it.</summary>
/// <param name="Citation">Where it is printed, <c>file:line</c>.</param>
/// <param name="Printed">The text as printed.</param>
/// <param name="Label">How the source writes the quantity, in TeX.</param>
/// <param name="IsMatch">Whether it matches.</param>
/// <param name="Expected">What the source should print.</param>
/// <param name="Explanation">What is wrong, in words; empty when it matches.</param>
internal sealed record ClaimView(string Citation, string Printed, string Label, bool IsMatch, string Expected, string Explanation)
{
    /// <summary>Gets the cited file's name.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the cited line, from 1.</summary>
    public int Line { get; init; }

    /// <summary>Gets the page (without extension) that shows the cited file, or null when the site has none: the citation is then plain text.</summary>
    public string? SourceLink { get; init; }

    /// <summary>Gets the cited line's anchor on that page: <c>L629</c>.</summary>
    public string SourceAnchor { get; init; } = string.Empty;

    /// <summary>Gets the lesson page (without extension) whose step checks the claim, or null when no lesson of the site does.</summary>
    public string? StepLink { get; init; }

    /// <summary>Gets the title of that lesson, in the page's language; empty when no lesson checks the claim or the view does not say.</summary>
    public string StepTitle { get; init; } = string.Empty;

    /// <summary>Gets the anchor of that step (<c>update-w5</c>), or of the lesson's table of claims when no step holds it.</summary>
    public string StepAnchor { get; init; } = string.Empty;

    /// <summary>The view of <paramref name="check"/> in the language of <paramref name="strings"/>, its citation linked where <paramref name="links"/> lead.</summary>
    public static ClaimView Of(ClaimCheck check, StringTable strings, DisplayOptions display, CitationLinks? links = null)
    {
        var claim = check.Claim;
        var step = (links ?? CitationLinks.None).StepOf(claim);
        return new(claim.Citation, claim.Printed, claim.Label, check.IsMatch, check.Expected, check.Explanation is { } why ? strings.Format(why, display) : string.Empty)
        {
            Source = claim.Source,
            Line = claim.Line,
            SourceLink = (links ?? CitationLinks.None).PageOf(claim.Source),
            SourceAnchor = SourceDocument.LineAnchor(claim.Line),
            StepLink = step?.Page,
            StepAnchor = step?.Anchor ?? string.Empty,
        };
    }
}
