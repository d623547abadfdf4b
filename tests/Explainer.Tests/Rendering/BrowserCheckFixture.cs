using System.Text.Json;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/browser-check.mjs once on the hand-made MathML page and keeps its JSON report.</summary>
public sealed class BrowserCheckFixture
{
    public BrowserCheckFixture()
    {
        Page = Path.Combine(AppContext.BaseDirectory, "Rendering", "Fixtures", "mathml-page.html");
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check");
        Report = BrowserCheck.Run(Page, ScreenshotDirectory);
    }

    public string Page { get; }

    public string ScreenshotDirectory { get; }

    public JsonElement Report { get; }
}
