using System.Text.Json;
using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/browser-check.mjs once on the hand-made MathML page and keeps its JSON report.</summary>
public sealed class BrowserCheckFixture
{
    private const string Script = "browser-check.mjs";

    public BrowserCheckFixture()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser check needs Chromium at {chromium}: install it with `apt-get install -y chromium` "
                + "(.ci/run does so when run as root), or point CHROMIUM_PATH at a Chromium binary.");
        }

        var tools = NodeTools.FindDirectory(Script);
        NodeTools.RequirePackage(tools, "playwright-core");
        Page = Path.Combine(AppContext.BaseDirectory, "Rendering", "Fixtures", "mathml-page.html");
        ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "browser-check");

        var run = NodeProcess.Run(
            Path.Combine(tools, Script),
            [Page, "--screenshots", ScreenshotDirectory],
            standardInput: null,
            tools,
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = chromium });
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Script} failed with exit code {run.ExitCode}: {run.StandardError.Trim()}");
        }
        using var report = JsonDocument.Parse(run.StandardOutput);
        Report = report.RootElement.Clone();
    }

    public string Page { get; }

    public string ScreenshotDirectory { get; }

    public JsonElement Report { get; }
}
