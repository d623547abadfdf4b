using System.Text.RegularExpressions;
using Explainer.Site;
using Explainer.Strings;

namespace Explainer.Tests.Site;

/// <summary>The notes' files as pages of the course, in both languages: every citation of a lesson links to its line, and every cited
/// line links back to the step that checks it with the verdict.</summary>
public sealed partial class SourcePageTests(BilingualSiteFixture site) : IClassFixture<BilingualSiteFixture>
{
    private static readonly string[] Folders = [string.Empty, "zh-CN/"];

    private static readonly Lazy<IReadOnlyList<CourseLesson>> Lessons = new(Course.Lessons);

    private HtmlPage Page(string path) => new(site.Read(path));

    [Fact]
    public void SourcePages_OfTheFiveFiles_ExistInEnglishAndChinese_AsHtmlAndMarkdown()
    {
        var expected = Folders.SelectMany(f => Course.Sources().SelectMany(s => new[] { $"{f}{s.PageName}.html", $"{f}{s.PageName}.md" })).ToList();

        expected.Count.ShouldBe(20);
        expected.Where(p => !site.Files.Contains(p)).ShouldBeEmpty();
    }

    [Fact]
    public void SourcePage_HasEveryLine_WithItsOwnAnchor_AndTheTextAsTheFileHasIt()
    {
        var source = Course.Sources().Single(s => s.FileName == "001_7a5d002ff47c9624.txt");
        var page = Page(source.PageName + ".html");
        var items = page.Document.QuerySelectorAll("ol.source-lines > li").ToList();

        (items.Count, items[628].Id, items[628].QuerySelector(".line-text")!.TextContent, items.Select(i => i.Id).Distinct().Count())
            .ShouldBe((962, "L629", source.Lines[628], 962));
    }

    [Fact]
    public void SourcePage_MarksTheNotesTextAsChinese_OnPagesOfBothLanguages()
    {
        var langs = Folders.SelectMany(f => Page($"{f}source-001_7a5d002ff47c9624.html").Document.QuerySelectorAll(".line-text").Select(e => e.GetAttribute("lang"))).Distinct();

        langs.ShouldBe(["zh"]);
    }

    [Fact]
    public void EveryClaimCitation_OnEveryLessonPage_LinksToAnExistingLineOfAnExistingSourcePage()
    {
        var problems = new List<string>();
        var links = 0;
        foreach (var folder in Folders)
        {
            foreach (var lesson in Lessons.Value.Select(l => l.Lesson))
            {
                var path = $"{folder}{SiteBuilder.FileName(lesson.Id)}.html";
                var anchors = Page(path).Document.QuerySelectorAll("main a[href^='source-']").ToList();
                var claims = lesson.Steps.Sum(s => s.Claims.Count) + lesson.Checks.Count;
                if (anchors.Count != claims)
                {
                    problems.Add($"{path}: {anchors.Count} links to source pages for {claims} citations (each claim in its step and in the table)");
                }

                foreach (var a in anchors)
                {
                    links++;
                    var (file, id) = Split(a.GetAttribute("href")!);
                    var target = folder + file;
                    if (!site.Files.Contains(target) || Page(target).Document.GetElementById(id) is null || !Citation().IsMatch(a.TextContent) || !a.TextContent.EndsWith(":" + id[1..], StringComparison.Ordinal))
                    {
                        problems.Add($"{path}: «{a.TextContent}» → {a.GetAttribute("href")}");
                    }
                }
            }
        }

        problems.ShouldBeEmpty();
        links.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void EveryCitedLine_LinksBackToTheStepThatChecksIt_WithItsVerdict()
    {
        var problems = new List<string>();
        foreach (var folder in Folders)
        {
            foreach (var lesson in Lessons.Value.Select(l => l.Lesson))
            {
                var lessonPage = $"{SiteBuilder.FileName(lesson.Id)}.html";
                var ids = Page(folder + lessonPage).Document.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var step in lesson.Steps)
                {
                    foreach (var check in step.Claims)
                    {
                        var href = $"{lessonPage}#{step.Anchor}";
                        var line = Page($"{folder}{SourceDocument.PageNameOf(check.Claim.Source)}.html").Document.GetElementById($"L{check.Claim.Line}");
                        var marks = line?.QuerySelectorAll("p.line-check").Where(p => p.QuerySelector("a")?.GetAttribute("href") == href).ToList() ?? [];
                        var expected = check.IsMatch ? ("line-match", "✓") : ("line-differs", "✗");
                        if (!ids.Contains(step.Anchor) || marks.Count == 0 || !marks.Any(m => m.ClassList.Contains(expected.Item1) && m.TextContent.StartsWith(expected.Item2, StringComparison.Ordinal) && m.TextContent.Contains(check.IsMatch ? check.Claim.Printed : check.Expected, StringComparison.Ordinal)))
                        {
                            problems.Add($"{folder}{check.Claim.Citation} ({check.Claim.Printed}) → {href}");
                        }
                    }
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void CitedLine_WithTheLostDecimalPoint_SaysItDiffers_InWords()
    {
        var english = StringTable.Load([Course.Templates], StringTable.English);
        var mark = Page("source-001_7a5d002ff47c9624.html").Document.QuerySelector("#L615 p.line-check")!;

        (mark.ClassList.Contains("line-differs"), mark.TextContent.StartsWith("✗ differs: ", StringComparison.Ordinal), mark.TextContent.Contains("0.74136507", StringComparison.Ordinal), english["source.differs"].StartsWith("✗ differs", StringComparison.Ordinal))
            .ShouldBe((true, true, true, true));
    }

    [Fact]
    public void ErrataPage_LinksEachDifferenceToItsLineAndItsStep_AndEachErratumToItsLine()
    {
        var page = Page("errata.html");
        var lost = page.Document.QuerySelectorAll("tbody tr").Single(r => r.Children[1].TextContent.Trim() == "074136507");
        var elu = page.Document.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.Contains("002_347323eec919df2e.txt:85", StringComparison.Ordinal));
        var backLink = Page("source-002_347323eec919df2e.html").Document.QuerySelector("#L85 p.line-erratum a")?.GetAttribute("href");

        (lost.Children[0].QuerySelector("a")?.GetAttribute("href"), lost.Children[4].QuerySelector("a")?.GetAttribute("href")?.Split('#')[0],
            elu.Children[0].QuerySelector("a[href]")?.GetAttribute("href"),
            backLink, page.Document.GetElementById(backLink!.Split('#')[1]) is not null)
            .ShouldBe(("source-001_7a5d002ff47c9624.html#L615", "lesson-net-2-2-2.html", "source-002_347323eec919df2e.html#L85", "errata.html#erratum-002_347323eec919df2e-L85", true));
    }

    [Fact]
    public void MarkdownPages_LinkMarkdownPages_BothWays()
    {
        var lesson = site.Read("lesson-net-2-2-2.md");
        var source = site.Read("source-001_7a5d002ff47c9624.md");

        (lesson.Contains("](source-001_7a5d002ff47c9624.md#L629)", StringComparison.Ordinal), source.Contains("<li id=\"L629\">", StringComparison.Ordinal),
            source.Contains("href=\"lesson-net-2-2-2.md#", StringComparison.Ordinal), source.Contains(".html", StringComparison.Ordinal))
            .ShouldBe((true, true, true, false));
    }

    [Fact]
    public void Index_ListsTheFiveSourcePages_InEachLanguage()
    {
        var links = Folders.Select(f => Page(f + "index.html").Document.QuerySelectorAll("main a[href^='source-']").Select(a => a.GetAttribute("href")).ToList());

        links.ShouldAllBe(l => l.SequenceEqual(Course.Sources().Select(s => s.PageName + ".html")));
    }

    [Fact]
    public void ChineseSourcePage_SaysItsWordsInChinese()
    {
        var chinese = StringTable.Load([Course.Templates], StringTable.Chinese);
        var page = Page("zh-CN/source-001_7a5d002ff47c9624.html");

        (page.Document.QuerySelector("h1")!.TextContent, page.Document.QuerySelector("#L629 p.line-check")!.TextContent.StartsWith("✓ 已核对", StringComparison.Ordinal))
            .ShouldBe((chinese.Format("source.title", new Dictionary<string, string> { ["file"] = "001_7a5d002ff47c9624.txt" }), true));
    }

    private static (string File, string Id) Split(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (href, string.Empty) : (href[..hash], href[(hash + 1)..]);
    }

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt:\d+$")]
    private static partial Regex Citation();
}
