namespace Explainer.Site;

/// <summary>How to build the course site.</summary>
/// <param name="OutputDirectory">Where the site goes (replaced as a whole when it holds only what Explainer wrote).</param>
/// <param name="TemplatesDirectory">The folder of templates and the site's CSS.</param>
/// <param name="Markdown">Whether to write Markdown lessons.</param>
/// <param name="Html">Whether to write HTML lessons.</param>
/// <param name="Force">Whether to write into a folder that holds files Explainer did not write (they are kept).</param>
public sealed record SiteOptions(string OutputDirectory, string TemplatesDirectory, bool Markdown, bool Html, bool Force)
{
    /// <summary>The absolute URL the site is published at (<c>https://example.org/course/</c>), or null: with one, every HTML page
    /// has a canonical link and the site a <c>sitemap.xml</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Whether the HTML site gets a search page and its offline index (Pagefind); on by default.</summary>
    public bool Search { get; init; } = true;
}
