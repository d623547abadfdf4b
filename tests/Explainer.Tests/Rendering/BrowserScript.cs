using System.Text.Json;
using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>Runs one of tools/'s browser scripts (playwright-core driving Chromium) and returns the JSON report it prints.</summary>
internal static class BrowserScript
{
    /// <summary>Runs <c>node tools/<paramref name="script"/> <paramref name="arguments"/></c> against the Chromium at <paramref name="chromium"/>.</summary>
    /// <param name="script">The script's file name in tools/.</param>
    /// <param name="chromium">The Chromium to drive.</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <param name="timeout">How long the script may take; two minutes unless given.</param>
    /// <exception cref="InvalidOperationException">The script or playwright-core is missing, or the script failed.</exception>
    public static JsonElement Run(string script, string chromium, IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        var tools = NodeTools.FindDirectory(script);
        NodeTools.RequirePackage(tools, "playwright-core");
        var run = NodeProcess.Run(
            Path.Combine(tools, script),
            arguments,
            standardInput: null,
            tools,
            timeout ?? TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = chromium });
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed with exit code {run.ExitCode}: {run.StandardError.Trim()}");
        }

        using var report = JsonDocument.Parse(run.StandardOutput);
        return report.RootElement.Clone();
    }
}
