using Explainer.Checking;

namespace Explainer.Rendering.Views;

/// <summary>A slip that is no number, as the errata page sees it: the erratum's own fields, its row's anchor and the link to the cited line.</summary>
/// <param name="Citation">Where it is printed, <c>file:line</c>.</param>
/// <param name="Printed">The text as printed.</param>
/// <param name="Correction">What it should say.</param>
/// <param name="Kind">A short classification.</param>
/// <param name="Anchor">The id of its row on the errata page, which the cited line links to.</param>
/// <param name="SourceLink">The page (without extension) that shows the cited file, or null when the site has none.</param>
/// <param name="SourceAnchor">The cited line's anchor on that page.</param>
internal sealed record ErratumView(string Citation, string Printed, string Correction, string Kind, string Anchor, string? SourceLink, string SourceAnchor)
{
    /// <summary>The views of <paramref name="errata"/>, each row's anchor named after its citation (<c>erratum-002_347323eec919df2e-L85</c>, a second at the same line <c>…-2</c>).</summary>
    public static IReadOnlyList<ErratumView> Of(IReadOnlyList<Erratum> errata, CitationLinks links)
    {
        ArgumentNullException.ThrowIfNull(errata);
        ArgumentNullException.ThrowIfNull(links);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var views = new List<ErratumView>(errata.Count);
        foreach (var e in errata)
        {
            var line = Site.SourceDocument.LineAnchor(e.Line);
            var stem = "erratum-" + Site.SourceDocument.PageNameOf(e.Source)[Site.SourceDocument.PagePrefix.Length..] + "-" + line;
            var anchor = stem;
            for (var n = 2; !used.Add(anchor); n++)
            {
                anchor = $"{stem}-{n}";
            }

            views.Add(new ErratumView(e.Citation, e.Printed, e.Correction, e.Kind, anchor, links.PageOf(e.Source), line));
        }

        return views;
    }
}
