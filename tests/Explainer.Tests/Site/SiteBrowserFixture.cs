using System.Text.Json;
using Explainer.Tests.Rendering;

namespace Explainer.Tests.Site;

/// <summary>Builds the course into a temp folder and loads lesson-net-2-2-2.html in headless Chromium once.</summary>
public sealed class SiteBrowserFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SiteBrowserFixture()
    {
        var site = _temp.Combine("site");
        Course.Build(site);
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check-site");
        Report = BrowserCheck.Run(Path.Combine(site, "lesson-net-2-2-2.html"), ScreenshotDirectory);
    }

    /// <summary>Gets where the light and dark screenshots are kept (in the test output, to look at after a failure).</summary>
    public string ScreenshotDirectory { get; }

    public JsonElement Report { get; }

    public void Dispose() => _temp.Dispose();
}
