namespace Explainer.Rendering;

/// <summary>Builds a site's offline search index from its HTML pages, held in memory.</summary>
internal interface ISearchIndexer
{
    /// <summary>Indexes <paramref name="pages"/> (site-relative path with '/', HTML); returns the index's files by site-relative path.</summary>
    IReadOnlyDictionary<string, byte[]> Index(IReadOnlyList<SearchPage> pages);
}

/// <summary>A page to index: its path in the site (<c>lesson-net-2-2-2.html</c>, <c>zh-CN/index.html</c>) and its HTML.</summary>
internal sealed record SearchPage(string Path, string Html);
