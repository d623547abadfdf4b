
namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/search-check.mjs: serves a built site on 127.0.0.1 and searches it in headless Chromium, as a reader would.</summary>
internal static class SearchCheck
{
    private const string Script = "search-check.mjs";

    /// <summary>Runs each (search page, query) on the site in <paramref name="site"/>; returns the titles and links of each search's results, in order.</summary>
    /// <exception cref="InvalidOperationException">The script or playwright-core is missing, or the script failed.</exception>
    public static IReadOnlyList<(string Query, IReadOnlyList<(string Title, string Href)> Results, IReadOnlyList<string> ConsoleErrors)> Run(
        string chromium, string site, params IReadOnlyList<(string Page, string Query)> searches)
    {
        var report = BrowserScript.Run(Script, chromium, [site, .. searches.SelectMany(s => new[] { "--query", $"{s.Page}={s.Query}" })]);
        return report.GetProperty("searches").EnumerateArray().Select(s => (
            s.GetProperty("query").GetString()!,
            (IReadOnlyList<(string, string)>)s.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("title").GetString()!, r.GetProperty("href").GetString()!)).ToList(),
            (IReadOnlyList<string>)s.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()!).ToList())).ToList();
    }
}
