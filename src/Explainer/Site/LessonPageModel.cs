using Explainer.Rendering.Diagrams;
using Explainer.Rendering.Views;

namespace Explainer.Site;

/// <summary>What the <c>lesson.md</c> template reads: one record, so that the site and the tests render a lesson from the same inputs.</summary>
/// <param name="Lesson">The lesson's view.</param>
/// <param name="WorksheetLink">The link to the lesson's worksheet (<c>.md</c> or <c>.html</c>).</param>
/// <param name="LinkExtension">The extension of links to other pages (<c>.md</c> or <c>.html</c>).</param>
internal sealed record LessonPageModel(LessonView Lesson, string WorksheetLink, string LinkExtension)
{
    /// <summary>Gets the computation graph as inline SVG (HTML pages); null to leave it out.</summary>
    public string? Diagram { get; init; }

    /// <summary>Gets the file of the computation graph linked as an image (Markdown pages, whose hosts strip inline SVG); null for none.</summary>
    public string? DiagramFile { get; init; }

    /// <summary>Gets the file an HTML page's graph thumbnail opens at full size; null for none.</summary>
    public string? GraphFile { get; init; }

    /// <summary>Gets the lesson's figures (network figure, activation plots); null for none.</summary>
    public LessonFigures? Figures { get; init; }

    /// <summary>Gets the prefix of the figure files a Markdown page links (<c>lesson-net-2-2-2-</c>); null on HTML pages, which inline them.</summary>
    public string? FigureFiles { get; init; }

    /// <summary>Gets the previous and next lessons (Markdown pages; the HTML layout has its own); null for none.</summary>
    public object? Pager { get; init; }
}
