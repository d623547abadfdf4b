namespace Explainer.Site;

/// <summary>How to build the course site.</summary>
/// <param name="OutputDirectory">Where the site goes (replaced as a whole when it holds only what Explainer wrote).</param>
/// <param name="TemplatesDirectory">The repository's folder of templates and the site's CSS; never built over.</param>
/// <param name="Markdown">Whether to write Markdown lessons.</param>
/// <param name="Html">Whether to write HTML lessons.</param>
/// <param name="Force">Whether to write into a folder that holds files Explainer did not write (they are kept).</param>
public sealed record SiteOptions(string OutputDirectory, string TemplatesDirectory, bool Markdown, bool Html, bool Force)
{
    private readonly IReadOnlyList<string>? _templateDirectories;

    /// <summary>Gets the site's title, or null for the notes' own course's.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the course's author, or null.</summary>
    public string? Author { get; init; }

    /// <summary>The absolute URL the site is published at (<c>https://example.org/course/</c>), or null: with one, every HTML page
    /// has a canonical link and the site a <c>sitemap.xml</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets the template folders, searched in order, the first that has a file winning (a course's <c>templates/</c>, then
    /// <see cref="TemplatesDirectory"/>); by default <see cref="TemplatesDirectory"/> alone.</summary>
    public IReadOnlyList<string> TemplateDirectories
    {
        get => _templateDirectories ?? [TemplatesDirectory];
        init => _templateDirectories = value;
    }

    /// <summary>Gets the asset folders, searched in order: every file in them is copied into the site (the first folder that has a
    /// path winning), and one named like the site's own CSS or script replaces ours. Empty by default.</summary>
    public IReadOnlyList<string> AssetDirectories { get; init; } = [];

    /// <summary>Gets the files the lessons' claims cite, each shown as a page of numbered lines that the citations link to; empty by default (citations are then plain text).</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    /// <summary>Whether the HTML site gets a search page and its offline index (Pagefind); on by default.</summary>
    public bool Search { get; init; } = true;

    /// <summary>Gets the languages to build, as BCP 47 tags with a string table each (<c>en</c>, <c>zh-CN</c>): the first at the site's root, each other in a folder named after it.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [Strings.StringTable.English];
}
