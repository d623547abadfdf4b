using System.Text.Json;
using Explainer.Tests.Support;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/browser-check.mjs once on the hand-made MathML page and keeps its JSON report.</summary>
/// <remarks>The check runs on the first test's demand, so that without Chromium each test skips (or under CI fails) on its own.</remarks>
public sealed class BrowserCheckFixture
{
    private readonly Lazy<JsonElement> _report;

    public BrowserCheckFixture()
    {
        Page = Path.Combine(AppContext.BaseDirectory, "Rendering", "Fixtures", "mathml-page.html");
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check");
        _report = new(() => BrowserCheck.Run(Chromium.Require(), Page, ScreenshotDirectory));
    }

    public string Page { get; }

    public string ScreenshotDirectory { get; }

    /// <summary>Gets the page's report; skips the calling test where there is no Chromium (fails it under CI).</summary>
    public JsonElement Report
    {
        get
        {
            Chromium.Require();
            return _report.Value;
        }
    }
}
