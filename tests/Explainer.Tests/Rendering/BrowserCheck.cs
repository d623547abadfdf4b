using System.Text.Json;
using Explainer.Tests.Support;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/browser-check.mjs on a page in headless Chromium and returns its JSON report.</summary>
internal static class BrowserCheck
{
    private const string Script = "browser-check.mjs";

    /// <summary>Loads <paramref name="page"/> in the Chromium at <paramref name="chromium"/>, saving the light and dark screenshots in <paramref name="screenshotDirectory"/>.</summary>
    /// <param name="chromium">The browser's executable, as <see cref="Chromium.Require"/> finds it.</param>
    /// <param name="page">The HTML file to load.</param>
    /// <param name="screenshotDirectory">Where light.png and dark.png are written.</param>
    /// <param name="checks">Numbers to type into the page's "check your numbers" boxes, as (step anchor, text); their verdicts are in the report's <c>checks</c>.</param>
    /// <exception cref="InvalidOperationException">The script or playwright-core is missing, or the script failed.</exception>
    public static JsonElement Run(string chromium, string page, string screenshotDirectory, IReadOnlyList<(string Anchor, string Value)>? checks = null)
        => BrowserScript.Run(Script, chromium, [page, "--screenshots", screenshotDirectory, .. (checks ?? []).SelectMany(c => new[] { "--check", $"{c.Anchor}={c.Value}" })]);
}
