namespace Explainer.Site;

/// <summary>How to build the course site.</summary>
/// <param name="OutputDirectory">Where the site goes (replaced as a whole when it holds only what Explainer wrote).</param>
/// <param name="TemplatesDirectory">The folder of templates and the site's CSS.</param>
/// <param name="Markdown">Whether to write Markdown lessons.</param>
/// <param name="Html">Whether to write HTML lessons.</param>
/// <param name="Force">Whether to write into a folder that holds files Explainer did not write (they are kept).</param>
public sealed record SiteOptions(string OutputDirectory, string TemplatesDirectory, bool Markdown, bool Html, bool Force)
{
    /// <summary>Gets the languages to build, as BCP 47 tags with a string table each (<c>en</c>, <c>zh-CN</c>): the first at the site's root, each other in a folder named after it.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [Strings.StringTable.English];
}
