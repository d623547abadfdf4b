namespace Explainer.Site;

/// <summary>The files a site copies as they are: every file of the asset folders, and the site's own CSS and script.</summary>
/// <remarks>
/// The asset folders are searched in order and the first that has a path wins, so a course's <c>assets/</c> overrides ours
/// file by file; the site's own files (<c>site.css</c>, <c>check.js</c>) come from the first asset folder that has them, else
/// from the first template folder that has them. Hidden files and folders (a leading dot) are skipped. An asset may not take
/// the name of a page the build writes.
/// </remarks>
internal static class SiteAssets
{
    /// <summary>Collects the assets: relative path (with <c>/</c>) → full path of the file to copy.</summary>
    /// <param name="options">The build's folders.</param>
    /// <param name="ours">The site's own files to find (none when no HTML is written).</param>
    /// <param name="pages">The names of the pages the build writes, which no asset may replace.</param>
    /// <exception cref="IOException">An asset takes a page's name, or one of <paramref name="ours"/> is in no folder.</exception>
    public static SortedDictionary<string, string> Collect(SiteOptions options, IEnumerable<string> ours, ICollection<string> pages)
    {
        var assets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in options.AssetDirectories)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Split('/').Any(p => p.StartsWith('.')))
                {
                    continue;
                }

                if (pages.Contains(relative) || relative == SiteBuilder.MarkerFile)
                {
                    throw new IOException($"{file}: the site writes {relative} itself; rename the asset");
                }

                assets.TryAdd(relative, file);
            }
        }

        foreach (var name in ours)
        {
            if (!assets.ContainsKey(name))
            {
                assets[name] = options.TemplateDirectories.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
                    ?? throw new IOException($"{name} is in none of the templates folders ({string.Join(", ", options.TemplateDirectories)})");
            }
        }

        return assets;
    }
}
