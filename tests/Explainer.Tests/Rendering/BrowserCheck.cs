using System.Text.Json;
using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/browser-check.mjs on a page in Debian's headless Chromium and returns its JSON report.</summary>
internal static class BrowserCheck
{
    private const string Script = "browser-check.mjs";

    /// <summary>Loads <paramref name="page"/>, saving the light and dark screenshots in <paramref name="screenshotDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">Chromium, the script or playwright-core is missing, or the script failed.</exception>
    public static JsonElement Run(string page, string screenshotDirectory)
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
        var run = NodeProcess.Run(
            Path.Combine(tools, Script),
            [page, "--screenshots", screenshotDirectory],
            standardInput: null,
            tools,
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = chromium });
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Script} failed with exit code {run.ExitCode}: {run.StandardError.Trim()}");
        }

        using var report = JsonDocument.Parse(run.StandardOutput);
        return report.RootElement.Clone();
    }
}
