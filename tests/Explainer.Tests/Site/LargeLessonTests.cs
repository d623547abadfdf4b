using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary>A lesson far above Scriban's 1 MB default string limit is written whole, in Markdown and in HTML.</summary>
public sealed class LargeLessonTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_TwoMegabyteLesson_WritesEveryCharacterAndTheEndOfThePage()
    {
        var summary = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"w{i % 10000:D4}r ")) + "the-last-word";
        var lessons = Course.Lessons().Select(l => l.Lesson.Id != "j-graph" ? l : l with { Lesson = l.Lesson with { Summary = summary } }).ToList();
        var output = _temp.Combine("site");

        new SiteBuilder(new SiteOptions(output, Course.Templates, Markdown: true, Html: true, Force: false)).Build(lessons, Course.Errata());

        var markdown = File.ReadAllText(Path.Combine(output, "lesson-j-graph.md"));
        var html = File.ReadAllText(Path.Combine(output, "lesson-j-graph.html"));
        (summary.Length > 2_000_000, markdown.Contains("\n" + summary + "\n", StringComparison.Ordinal), html.Contains(summary, StringComparison.Ordinal), html.EndsWith("</html>\n", StringComparison.Ordinal))
            .ShouldBe((true, true, true, true));
    }
}
