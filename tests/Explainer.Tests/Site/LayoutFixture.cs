using Explainer.Strings;
using Explainer.Tests.Rendering;
using Explainer.Tests.Support;

namespace Explainer.Tests.Site;

/// <summary>The whole course in both languages, checked once in headless Chromium: every lesson and worksheet at 1280 and 390 px in light and dark and as printed, and axe-core on every page.</summary>
/// <remarks>Built and checked on the first test's demand, so that without Chromium each test skips (or under CI fails) on its own.</remarks>
public sealed class LayoutFixture : IDisposable
{
    /// <summary>The widths of the issue: a laptop and a phone.</summary>
    public static readonly int[] Widths = [1280, 390];

    private readonly TempFolder _temp = new();
    private readonly Lazy<(IReadOnlyList<LayoutCheck.Mode> Modes, IReadOnlyList<LayoutCheck.Violation> Violations, IReadOnlyList<string> Pages)> _report;

    public LayoutFixture()
    {
        _report = new(() =>
        {
            var chromium = Chromium.Require();
            var site = _temp.Combine("site");
            Course.Build(site, languages: [StringTable.English, StringTable.Chinese]);
            var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
                .Where(p => !p.StartsWith("pagefind/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            var lessons = pages.Where(p => Path.GetFileName(p).StartsWith("lesson-", StringComparison.Ordinal)).ToList();
            var (modes, violations) = LayoutCheck.Run(chromium, site, lessons, pages, Widths);
            return (modes, violations, pages);
        });
    }

    /// <summary>Gets every lesson and worksheet page in every mode.</summary>
    public IReadOnlyList<LayoutCheck.Mode> Modes => Report.Modes;

    /// <summary>Gets what axe-core found on any page in either scheme.</summary>
    public IReadOnlyList<LayoutCheck.Violation> Violations => Report.Violations;

    /// <summary>Gets every HTML page of the site (what axe-core ran on).</summary>
    public IReadOnlyList<string> Pages => Report.Pages;

    private (IReadOnlyList<LayoutCheck.Mode> Modes, IReadOnlyList<LayoutCheck.Violation> Violations, IReadOnlyList<string> Pages) Report
    {
        get
        {
            Chromium.Require();
            return _report.Value;
        }
    }

    public void Dispose() => _temp.Dispose();
}
