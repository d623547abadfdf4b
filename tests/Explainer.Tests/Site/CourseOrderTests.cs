namespace Explainer.Tests.Site;

/// <summary>The course reads from easy to hard on the index, in the sidebar and along the pager, in HTML and Markdown.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class CourseOrderTests(BuiltSiteFixture site)
{
    private static readonly string[] EasyToHard = ["linear-chain", "j-graph", "logistic-graph", "and-neuron", "net-2-2-2", "activations", "optimizers"];

    [Fact]
    public void Index_ListsTheLessonsFromEasyToHard()
    {
        var links = new HtmlPage(site.Read("index.html")).Document.QuerySelectorAll("main a[href^='lesson-']").Select(a => a.GetAttribute("href")!).Where(h => !h.Contains(".worksheet", StringComparison.Ordinal));

        links.ShouldBe(EasyToHard.Select(id => $"lesson-{id}.html"));
    }

    [Fact]
    public void MarkdownIndex_ListsTheLessonsFromEasyToHard()
    {
        var links = System.Text.RegularExpressions.Regex.Matches(site.Read("index.md"), @"\]\((lesson-[a-z0-9-]+)\.md\)").Select(m => m.Groups[1].Value);

        links.ShouldBe(EasyToHard.Select(id => $"lesson-{id}"));
    }

    [Fact]
    public void Pager_FromTheFirstLesson_VisitsEveryLessonFromEasyToHard()
    {
        var visited = new List<string>();
        for (var page = "lesson-linear-chain.html"; page is not null && visited.Count < 20;)
        {
            visited.Add(page);
            page = new HtmlPage(site.Read(page)).Document.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        visited.ShouldBe(EasyToHard.Select(id => $"lesson-{id}.html"));
    }

    [Fact]
    public void MarkdownPager_FromTheLastLesson_GoesBackFromHardToEasy()
    {
        var visited = new List<string>();
        for (var page = "lesson-optimizers.md"; page is not null && visited.Count < 20;)
        {
            visited.Add(page);
            var previous = System.Text.RegularExpressions.Regex.Match(site.Read(page), @"^← \[[^\]]*\]\(([^)]+)\)", System.Text.RegularExpressions.RegexOptions.Multiline);
            page = previous.Success ? previous.Groups[1].Value : null;
        }

        visited.ShouldBe(Enumerable.Reverse(EasyToHard).Select(id => $"lesson-{id}.md"));
    }
}
