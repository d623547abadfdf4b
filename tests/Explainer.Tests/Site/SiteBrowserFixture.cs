using System.Text.Json;
using Explainer.Tests.Rendering;
using Explainer.Tests.Support;

namespace Explainer.Tests.Site;

/// <summary>Builds the course into a temp folder and loads lesson-net-2-2-2.html in headless Chromium once, typing <see cref="Checks"/> into its "check your numbers" boxes.</summary>
/// <remarks>Both happen on the first test's demand, so that without Chromium each test skips (or under CI fails) on its own.</remarks>
public sealed class SiteBrowserFixture : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Lazy<JsonElement> _report;

    /// <summary>The numbers typed into the page, each in the box of a step (its anchor), with the quantity the step computes.</summary>
    /// <remarks>∂E/∂w5 is 0.0821670406: right, off by one in the last digit, sign-flipped, cut off, ½ dropped, written in
    /// other forms, wrong, and not a number; then a forward value that is exact, a path-sum gradient and two updates.</remarks>
    public static readonly (string Anchor, string Quantity, string Value)[] Checks =
    [
        ("backward-w5", "grad:w5", "0.0822"),
        ("backward-w5", "grad:w5", "0.0823"),
        ("backward-w5", "grad:w5", "-0.0822"),
        ("backward-w5", "grad:w5", "0.0821"),
        ("backward-w5", "grad:w5", "0.164"),
        ("backward-w5", "grad:w5", "8.2167e-2"),
        ("backward-w5", "grad:w5", "0.08216704056423"),
        ("backward-w5", "grad:w5", "0.0822000"),
        ("backward-w5", "grad:w5", "0.5"),
        ("backward-w5", "grad:w5", "0"),
        ("backward-w5", "grad:w5", "0,0822"),
        ("forward-net-h1", "value:net_h1", "0.3775"),
        ("forward-net-h1", "value:net_h1", "0.377"),
        ("forward-net-h1", "value:net_h1", "0.38"),
        ("forward-out-o1", "value:out_o1", "0.7514"),
        ("backward-out-h1", "grad:out_h1", "0.03635"),
        ("update-w5", "update:w5", "0.35891648"),
        ("update-w5", "update:w5", "0.44108352"),
        ("update-b1", "update:b1", "0.35"),
    ];

    public SiteBrowserFixture()
    {
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check-site");
        _report = new(() =>
        {
            var chromium = Chromium.Require();
            var site = _temp.Combine("site");
            Course.Build(site);
            return BrowserCheck.Run(chromium, Path.Combine(site, "lesson-net-2-2-2.html"), ScreenshotDirectory, [.. Checks.Select(c => (c.Anchor, c.Value))]);
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
