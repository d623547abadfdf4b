using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary>The printable worksheets: one per lesson in Markdown and HTML, the given values filled in, every computed value left blank.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class WorksheetTests(BuiltSiteFixture site)
{
    private const string Blank = "____________________________";

    private static readonly Lazy<IReadOnlyList<Explainer.Lessons.Lesson>> Lessons = new(() => [.. Course.Lessons().Select(l => l.Lesson)]);

    public static TheoryData<string> LessonIds => [.. Course.Ids, "activations", "optimizers"];

    private HtmlPage Net => new(site.Read("lesson-net-2-2-2.worksheet.html"));

    [Theory]
    [MemberData(nameof(LessonIds))]
    public void EveryLesson_HasAWorksheetInMarkdownAndHtml(string id)
    {
        site.Files.ShouldContain($"lesson-{id}.worksheet.md");
        site.Files.ShouldContain($"lesson-{id}.worksheet.html");
    }

    [Theory]
    [InlineData("0.05")]
    [InlineData("0.1")]
    [InlineData("0.15")]
    [InlineData("0.55")]
    [InlineData("0.35")]
    [InlineData("0.01")]
    [InlineData("0.99")]
    [InlineData("learning rate η = 0.5")]
    [InlineData("bias policy: frozen")]
    public void Net222Worksheet_ShowsTheGivenValues(string given)
    {
        Net.VisibleText.ShouldContain(given);
    }

    [Theory]
    [InlineData("0.3775")]
    [InlineData("0.59326999")]
    [InlineData("0.5932699921")]
    [InlineData("0.0821670")]
    [InlineData("0.35891648")]
    [InlineData("0.2983711088")]
    public void Net222Worksheet_ShowsNoComputedValue(string computed)
    {
        var markdown = site.Read("lesson-net-2-2-2.worksheet.md");

        (Net.VisibleText.Contains(computed, StringComparison.Ordinal), markdown.Contains(computed, StringComparison.Ordinal)).ShouldBe((false, false));
    }

    [Theory]
    [MemberData(nameof(LessonIds))]
    public void Worksheet_ShowsNoComputedValueOfItsLesson(string id)
    {
        var lesson = Lessons.Value.Single(l => l.Id == id);
        var given = lesson.Steps.Where(s => s.IsGiven).Select(s => s.ValueText).ToHashSet();
        var text = new HtmlPage(site.Read($"lesson-{id}.worksheet.html")).VisibleText;

        var shown = lesson.Steps.Where(s => !s.IsGiven && s.ValueText.Length >= 5 && !given.Contains(s.ValueText) && !Explainer.Tests.Lessons.LessonRuns.English(lesson.Setting).Contains(s.ValueText, StringComparison.Ordinal))
            .Select(s => s.ValueText).Where(v => text.Contains(v, StringComparison.Ordinal)).Distinct();

        shown.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(LessonIds))]
    public void Worksheet_HasABlankUnderEveryComputedStepsFormula(string id)
    {
        var lesson = Lessons.Value.Single(l => l.Id == id);
        var page = new HtmlPage(site.Read($"lesson-{id}.worksheet.html"));

        page.Document.QuerySelectorAll("div.math-display + p").Count(p => p.TextContent.EndsWith(Blank, StringComparison.Ordinal)).ShouldBe(lesson.Steps.Count(s => !s.IsGiven));
    }

    [Fact]
    public void Net222Worksheet_ShowsTheChainRuleOfW5InSymbols()
    {
        Net.Document.QuerySelectorAll("annotation").Select(a => a.TextContent).ShouldContain(t => t.Contains(@"\frac{\partial E_{\mathrm{total}}}{\partial w_{5}} = \delta_{o1} \cdot \frac{\partial \mathrm{net}_{o1}}{\partial w_{5}}", StringComparison.Ordinal));
    }

    [Fact]
    public void Worksheet_HasNoDiagramNoScriptAndNoClaims()
    {
        Net.Document.QuerySelectorAll("svg, script, blockquote").ShouldBeEmpty();
    }

    [Fact]
    public void Worksheet_LinksBackToItsLesson()
    {
        Net.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain("lesson-net-2-2-2.html");
    }

    [Fact]
    public void MarkdownWorksheet_LinksTheMarkdownLesson()
    {
        site.Read("lesson-net-2-2-2.worksheet.md").ShouldContain("(lesson-net-2-2-2.md)");
    }

    [Fact]
    public void Lesson_LinksItsWorksheet()
    {
        new HtmlPage(site.Read("lesson-net-2-2-2.html")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain(SiteBuilder.WorksheetName("net-2-2-2") + ".html");
    }

    [Fact]
    public void Index_LinksEveryWorksheet()
    {
        var links = new HtmlPage(site.Read("index.html")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Lessons.Value.Select(l => SiteBuilder.WorksheetName(l.Id) + ".html").Where(w => !links.Contains(w)).ShouldBeEmpty();
    }

    [Fact]
    public void PrintStyles_HideTheNavigationAndTheCheckBoxes()
    {
        var css = site.Read("site.css");
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];

        // Every selector that print hides, from the print block's "display: none" rules.
        var hidden = System.Text.RegularExpressions.Regex.Matches(print, @"([^{}]+)\{\s*display:\s*none;\s*\}")
            .SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet();

        new[] { ".sidebar", ".pager", ".skip", ".check-panel", ".check", ".language-switch" }.Where(s => !hidden.Contains(s)).ShouldBeEmpty();
    }
}
