using System.Text.Json;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/figure-check.mjs: measures the figures of built pages in headless Chromium at 1280 and 390 px, on light and dark screens and in print.</summary>
internal static class FigureCheck
{
    private const string Script = "figure-check.mjs";

    /// <summary>Measures <paramref name="pages"/>; returns one run per page, width and medium (see the script's header).</summary>
    /// <exception cref="InvalidOperationException">The script or playwright-core is missing, or the script failed.</exception>
    public static IReadOnlyList<JsonElement> Run(string chromium, IReadOnlyList<string> pages, string? screenshots = null)
    {
        var report = BrowserScript.Run(Script, chromium, [.. pages, .. screenshots is null ? Array.Empty<string>() : ["--shots", screenshots]]);
        return [.. report.GetProperty("runs").EnumerateArray()];
    }
}
