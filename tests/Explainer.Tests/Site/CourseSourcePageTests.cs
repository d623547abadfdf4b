using Explainer.Site;
using Explainer.Worked;

namespace Explainer.Tests.Site;

/// <summary>A course that brings its own sources (<c>sources/</c> beside <c>course.yaml</c>): each file a page, hostile text shown as text.</summary>
public sealed class CourseSourcePageTests : IDisposable
{
    private const string BaseUrl = "https://example.org/course/";

    /// <summary>Lines a page must show as text: markup, an early end of the list, a comment, Markdown, TeX, entities, a blank line.</summary>
    private static readonly string[] Hostile =
    [
        "# not a heading *nor emphasis* $x$ \\[ y \\]",
        "<script>alert(1)</script></ol><!-- & &amp; \"quoted\" 'single' <img src=x onerror=alert(2)>",
        "u = b*c so ∂J/∂b = 6",
        string.Empty,
        "    indented like code | a | table |",
        "</li></div>]]> {{ t 'site.title' }} 梯度",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes a course of one expression lesson whose claims cite <c>notes.txt</c> (lines 3 and 6), and its <c>sources/notes.txt</c>.</summary>
    private string WriteCourse()
    {
        var course = _temp.Combine("c");
        Directory.CreateDirectory(Path.Combine(course, "lessons"));
        Directory.CreateDirectory(Path.Combine(course, CourseProject.SourcesFolder));
        File.WriteAllText(Path.Combine(course, "course.yaml"), "title: Sources\nparts:\n  - title: One\n    lessons: [lessons/j.yaml]\n");
        File.WriteAllText(Path.Combine(course, "lessons", "j.yaml"), """
            kind: expression
            id: j
            title: J = 3(a + bc)
            summary: Three steps.
            statements: [u = b*c, v = a + u, J = 3*v]
            inputs: {a: 5, b: 3, c: 2}
            parameters: [a, b, c]
            claims:
              - {printed: "6", source: "notes.txt:3", quantity: "grad:b"}
              - {printed: "10", source: "notes.txt:6", quantity: "grad:c"}

            """);
        File.WriteAllText(Path.Combine(course, CourseProject.SourcesFolder, "notes.txt"), string.Join('\n', Hostile) + "\n");
        File.WriteAllText(Path.Combine(course, CourseProject.SourcesFolder, ".hidden.txt"), "an editor's file\n");
        return course;
    }

    private (string Folder, CourseProject Project) Build()
    {
        var project = CourseProject.Load(WriteCourse());
        var output = _temp.Combine("site");
        var options = new SiteOptions(output, Course.Templates, Markdown: true, Html: true, Force: false) { BaseUrl = BaseUrl, Search = false, Sources = project.Sources, Title = project.Course.Title };
        new SiteBuilder(options).Build(project.Lessons(), project.Errata);
        return (output, project);
    }

    [Fact]
    public void Load_ACourseWithSources_ReadsEachVisibleFileInTheCoursesLanguage()
    {
        var project = CourseProject.Load(WriteCourse());

        project.Sources.Select(s => (s.FileName, s.PageName, s.Language, s.Lines.Count)).ShouldBe([("notes.txt", "source-notes", "en", Hostile.Length)]);
    }

    [Fact]
    public void SourcePage_OfHostileText_ShowsEveryLineAsText_AndNoMarkup()
    {
        var (folder, _) = Build();
        var page = new HtmlPage(File.ReadAllText(Path.Combine(folder, "source-notes.html")));

        page.Document.QuerySelectorAll("ol.source-lines > li .line-text").Select(e => e.TextContent).ShouldBe(Hostile);
        (page.Document.QuerySelectorAll("main script, main img, main ol ol").Length, page.Document.QuerySelectorAll("main h1").Length).ShouldBe((0, 1));
    }

    [Fact]
    public void MarkdownSourcePage_OfHostileText_EscapesIt()
    {
        var (folder, _) = Build();
        var markdown = File.ReadAllText(Path.Combine(folder, "source-notes.md"));

        (markdown.Contains("<script>", StringComparison.Ordinal), markdown.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/ol&gt;", StringComparison.Ordinal), markdown.Contains("\n\n<li", StringComparison.Ordinal))
            .ShouldBe((false, true, false));
    }

    [Fact]
    public void CitedLines_LinkBackToTheLessonStep_WithTheirVerdicts()
    {
        var (folder, _) = Build();
        var page = new HtmlPage(File.ReadAllText(Path.Combine(folder, "source-notes.html")));
        string? Mark(string id) => page.Document.QuerySelector($"#{id} p.line-check")?.ClassName;

        (Mark("L3"), page.Document.QuerySelector("#L3 p.line-check a")?.GetAttribute("href"), Mark("L6"), Mark("L1")).ShouldBe(("line-check line-match", "lesson-j.html#backward-b", "line-check line-differs", null));
    }

    [Fact]
    public void Sitemap_ListsTheSourcePage_AndTheLessonLinksToIt()
    {
        var (folder, _) = Build();
        var lesson = new HtmlPage(File.ReadAllText(Path.Combine(folder, "lesson-j.html")));

        (File.ReadAllText(Path.Combine(folder, "sitemap.xml")).Contains($"<loc>{BaseUrl}source-notes.html</loc>", StringComparison.Ordinal),
            lesson.Document.QuerySelectorAll("a[href='source-notes.html#L3']").Length)
            .ShouldBe((true, 2));
    }

    [Fact]
    public void Load_TwoSourcesThatWouldShareAPage_IsRefusedNamingBoth()
    {
        var course = WriteCourse();
        File.WriteAllText(Path.Combine(course, CourseProject.SourcesFolder, "notes.md"), "other\n");

        var error = Should.Throw<SpecFileException>(() => CourseProject.Load(course));

        error.Message.ShouldContain("source-notes.html");
    }
}
