using Explainer.Checking;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary>Text a course author or a spec file provides reaches the pages as text, never as markup: Scriban does not escape, our templates do.</summary>
public sealed class HostileTextTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"onmouseover=alert(2) x=\"";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_LessonWithHostileTitleSummaryAndClaim_WritesThemAsTextOnEveryPage()
    {
        var output = _temp.Combine("site");
        new SiteBuilder(new SiteOptions(output, Course.Templates, Markdown: true, Html: true, Force: false)).Build(HostileLessons(), Course.Errata());

        var html = Directory.GetFiles(output, "*.html").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var lesson = new HtmlPage(html["lesson-j-graph.html"]).Document;
        var index = new HtmlPage(html["index.html"]).Document;

        html.Values.ShouldAllBe(text => !text.Contains("<script>alert", StringComparison.Ordinal) && !text.Contains("\"onmouseover", StringComparison.Ordinal));
        (lesson.QuerySelector("h1")!.TextContent,
            lesson.Title!.StartsWith(Script + Attribute, StringComparison.Ordinal),
            lesson.QuerySelectorAll("nav.sidebar a").Count(a => a.TextContent == Script + Attribute),
            lesson.QuerySelectorAll("script").Count(s => s.TextContent.Contains("alert", StringComparison.Ordinal)),
            lesson.QuerySelectorAll("[onmouseover]").Length,
            index.QuerySelectorAll("main li").Count(li => li.TextContent.Contains(Script + Attribute + " — " + Attribute, StringComparison.Ordinal)),
            lesson.QuerySelectorAll("td").Count(td => td.TextContent.StartsWith(Script + ":", StringComparison.Ordinal)))
            .ShouldBe((Script + Attribute, true, 1, 0, 0, 1, 1));
    }

    [Fact]
    public void Build_LessonWithHostileTitle_WritesItEscapedInTheMarkdownToo()
    {
        var output = _temp.Combine("site");
        new SiteBuilder(new SiteOptions(output, Course.Templates, Markdown: true, Html: false, Force: false)).Build(HostileLessons(), Course.Errata());

        var markdown = File.ReadAllText(Path.Combine(output, "lesson-j-graph.md"));

        (markdown.StartsWith("# &lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=alert(2) x=&quot;\n", StringComparison.Ordinal), markdown.Contains(Script, StringComparison.Ordinal))
            .ShouldBe((true, false));
    }

    [Fact]
    public void Build_CourseWithHostileTitleAndAuthor_WritesThemAsTextInBothLanguages()
    {
        var output = _temp.Combine("site");
        var options = new SiteOptions(output, Course.Templates, Markdown: true, Html: true, Force: false) { Title = Script, Author = Attribute, Languages = ["en", "zh-CN"], Search = false };
        new SiteBuilder(options).Build(Course.Lessons(), Course.Errata());

        var pages = Directory.GetFiles(output, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllText);
        var index = new HtmlPage(pages["index.html"]).Document;
        var chinese = new HtmlPage(pages[Path.Combine("zh-CN", "index.html")]).Document;

        pages.Where(p => p.Value.Contains("<script>alert", StringComparison.Ordinal) || p.Value.Contains("\"onmouseover", StringComparison.Ordinal)).Select(p => p.Key).ShouldBeEmpty();
        (index.QuerySelector("h1")!.TextContent, index.QuerySelector(".site-title")!.TextContent, index.Title!.EndsWith(" · " + Script, StringComparison.Ordinal),
            index.QuerySelector("main")!.TextContent.Contains(Attribute, StringComparison.Ordinal), chinese.QuerySelector("h1")!.TextContent)
            .ShouldBe((Script, Script, true, true, Script));
    }

    /// <summary>The course with the J-graph lesson's title, summary and first claim's source file replaced by markup.</summary>
    private static List<CourseLesson> HostileLessons()
        => Course.Lessons().Select(l => l.Lesson.Id != "j-graph" ? l : l with
        {
            Lesson = l.Lesson with
            {
                Title = Script + Attribute,
                Summary = Attribute,
                Checks = [.. l.Lesson.Checks.Select((c, i) => i == 0 ? c with { Claim = c.Claim with { Source = Script } } : c)],
            },
        }).ToList();
}
