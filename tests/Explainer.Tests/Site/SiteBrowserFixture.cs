using System.Text.Json;
using Explainer.Tests.Rendering;
using Explainer.Tests.Support;

namespace Explainer.Tests.Site;

/// <summary>Builds the course into a temp folder and loads lesson-net-2-2-2.html in headless Chromium once.</summary>
/// <remarks>Both happen on the first test's demand, so that without Chromium each test skips (or under CI fails) on its own.</remarks>
public sealed class SiteBrowserFixture : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Lazy<JsonElement> _report;

    public SiteBrowserFixture()
    {
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check-site");
        _report = new(() =>
        {
            var chromium = Chromium.Require();
            var site = _temp.Combine("site");
            Course.Build(site);
            return BrowserCheck.Run(chromium, Path.Combine(site, "lesson-net-2-2-2.html"), ScreenshotDirectory);
        });
    }

    /// <summary>Gets where the light and dark screenshots are kept (in the test output, to look at after a failure).</summary>
    public string ScreenshotDirectory { get; }

    /// <summary>Gets the lesson page's report; skips the calling test where there is no Chromium (fails it under CI).</summary>
    public JsonElement Report
    {
        get
        {
            Chromium.Require();
            return _report.Value;
        }
    }

    public void Dispose() => _temp.Dispose();
}
