using Explainer.Tests.Site;
using Explainer.Tests.Support;

namespace Explainer.Tests.Rendering;

/// <summary>tools/layout-check.mjs on a page made to fail: it reports what is cut off and lets a table scroll only in a region of its own.</summary>
public sealed class LayoutCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Check_ReportsAWideEquationAndATableWithoutARegion_AndCountsTheTableInOne()
    {
        var chromium = Chromium.Require();
        var site = _temp.Combine("site");
        Directory.CreateDirectory(site);
        var wideRow = string.Join("", Enumerable.Range(0, 40).Select(i => $"<td>{i}</td>"));
        File.WriteAllText(Path.Combine(site, "page.html"), $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><meta name="viewport" content="width=device-width">
            <style>main { padding: 0 12px; } .math-display, .table-scroll { overflow-x: auto; } td { padding: 0 20px; }</style></head>
            <body><main>
            <div class="math-display" tabindex="0" role="group" aria-label="equation"><math display="block"><mi>x</mi><mo>=</mo><mn>{{new string('1', 120)}}</mn><mo>+</mo><mn>7</mn></math></div>
            <div class="table-scroll" tabindex="0" role="group" aria-label="table"><table><tr>{{wideRow}}</tr></table></div>
            <table id="bare"><tr>{{wideRow}}</tr></table>
            </main></body></html>
            """);

        var (modes, _) = LayoutCheck.Run(chromium, site, ["page.html"], [], 390);
        var phone = modes.Single(m => m.Width == 390 && m.Scheme == "light" && m.Media == "screen");

        (phone.Overflows.Count(o => o.StartsWith("div.math-display", StringComparison.Ordinal)), phone.Overflows.Count(o => o.StartsWith("table ", StringComparison.Ordinal)),
            phone.HiddenResults.Count, phone.ScrollRegions, phone.Steps).ShouldBe((1, 1, 1, 1, 1));
    }

    public void Dispose() => _temp.Dispose();
}
