using System.Text.Json;

namespace Explainer.Tests.Rendering;

/// <summary>Runs tools/layout-check.mjs: pages of a built site at several widths, in light, dark and print, and axe-core on others.</summary>
public static class LayoutCheck
{
    private const string Script = "layout-check.mjs";

    /// <summary>One page in one mode: what is wider than its room, which steps' final values are off screen, and how many tables and diagrams scroll in their own regions.</summary>
    public sealed record Mode(string Page, int Width, string Scheme, string Media, int Column, bool PageScroll, int Steps, IReadOnlyList<string> Overflows, IReadOnlyList<string> HiddenResults, int ScrollRegions)
    {
        public override string ToString() => $"{Page} at {Width} px, {Scheme}, {Media}";
    }

    /// <summary>One axe-core violation on one page in one colour scheme.</summary>
    public sealed record Violation(string Page, string Scheme, string Rule, string Impact, int Count, IReadOnlyList<string> Targets)
    {
        public override string ToString() => $"{Page} ({Scheme}): {Rule} ({Impact}) on {Count} element(s): {string.Join("; ", Targets)}";
    }

    /// <summary>Checks the layout of <paramref name="layoutPages"/> at <paramref name="widths"/> and runs axe-core on <paramref name="axePages"/>.</summary>
    /// <remarks>Some 40 pages, each loaded five times and two more for axe-core: minutes on a busy two-core machine, hence the long timeout.</remarks>
    /// <exception cref="InvalidOperationException">The script, playwright-core or axe-core is missing, or the script failed.</exception>
    internal static (IReadOnlyList<Mode> Modes, IReadOnlyList<Violation> Violations) Run(
        string chromium, string site, IReadOnlyList<string> layoutPages, IReadOnlyList<string> axePages, params IReadOnlyList<int> widths)
    {
        var report = BrowserScript.Run(Script, chromium, [site, .. layoutPages, .. widths.SelectMany(w => new[] { "--width", w.ToString(System.Globalization.CultureInfo.InvariantCulture) }), .. axePages.SelectMany(p => new[] { "--axe", p })], TimeSpan.FromMinutes(20));
        var modes = report.GetProperty("pages").EnumerateArray().SelectMany(p => p.GetProperty("modes").EnumerateArray().Select(m => new Mode(
            p.GetProperty("page").GetString()!,
            m.GetProperty("width").GetInt32(),
            m.GetProperty("scheme").GetString()!,
            m.GetProperty("media").GetString()!,
            m.GetProperty("column").GetInt32(),
            m.GetProperty("pageScroll").GetBoolean(),
            m.GetProperty("steps").GetInt32(),
            [.. m.GetProperty("overflows").EnumerateArray().Select(o => $"{o.GetProperty("element").GetString()} is {o.GetProperty("width")} px in {o.GetProperty("column")} px")],
            [.. m.GetProperty("hiddenResults").EnumerateArray().Select(o => $"{o.GetProperty("element").GetString()}: {o.GetProperty("value").GetString()} ends at {o.GetProperty("right")} px, visible to {o.GetProperty("visible")} px")],
            m.GetProperty("scrollRegions").GetInt32()))).ToList();
        var violations = report.GetProperty("axe").EnumerateArray().SelectMany(p => p.GetProperty("schemes").EnumerateArray().SelectMany(s => s.GetProperty("violations").EnumerateArray().Select(v => new Violation(
            p.GetProperty("page").GetString()!,
            s.GetProperty("scheme").GetString()!,
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString() ?? "",
            v.GetProperty("count").GetInt32(),
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)])))).ToList();
        return (modes, violations);
    }
}
