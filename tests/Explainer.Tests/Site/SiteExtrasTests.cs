using System.Text.RegularExpressions;
using System.Xml.Linq;
using Explainer.Site;
using Explainer.Tests.Rendering;
using Explainer.Tests.Support;

namespace Explainer.Tests.Site;

/// <summary>What a course site is expected to have besides its lessons: search, a description per page, a 404 page, a sitemap and canonical links under a base URL, and Markdown that links Markdown.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed partial class SiteExtrasTests(BuiltSiteFixture site) : IDisposable
{
    private const string BaseUrl = "https://example.org/backprop/";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryHtmlPage_HasItsOwnNonEmptyDescription()
    {
        var descriptions = HtmlPages(site.Folder).ToDictionary(p => p, p => new HtmlPage(site.Read(p)).Document.QuerySelector("meta[name=description]")?.GetAttribute("content"));

        (descriptions.Values.All(d => d is { Length: > 20 }),
            descriptions["lesson-net-2-2-2.html"]!.StartsWith("Two inputs, two sigmoid hidden neurons", StringComparison.Ordinal),
            descriptions.Values.Distinct().Count() == descriptions.Count)
            .ShouldBe((true, true, true));
    }

    [Fact]
    public void WithoutBaseUrl_NoCanonicalLinkAndNoSitemap()
        => (site.Files.Contains("sitemap.xml"), HtmlPages(site.Folder).Count(p => site.Read(p).Contains("rel=\"canonical\"", StringComparison.Ordinal)))
            .ShouldBe((false, 0));

    [Fact]
    public void WithBaseUrl_EveryPageButThe404HasItsCanonicalUrl_AndTheSitemapListsThem()
    {
        var output = _temp.Combine("site");
        Build(output, new SiteOptions(output, Course.Templates, Markdown: false, Html: true, Force: false) { BaseUrl = BaseUrl, Search = false });

        var canonical = HtmlPages(output).ToDictionary(p => p, p => new HtmlPage(File.ReadAllText(Path.Combine(output, p))).Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(output, "sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        (canonical["lesson-net-2-2-2.html"], canonical["404.html"], canonical.Where(c => c.Key != "404.html").All(c => c.Value == BaseUrl + c.Key))
            .ShouldBe((BaseUrl + "lesson-net-2-2-2.html", null, true));
        sitemap.ShouldBe(canonical.Where(c => c.Value is not null).Select(c => c.Value!).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("example.org/course")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?page=1")]
    public void BadBaseUrl_IsRefusedBeforeAnythingIsWritten(string baseUrl)
    {
        var output = _temp.Combine("site");

        Should.Throw<ArgumentException>(() => new SiteBuilder(new SiteOptions(output, Course.Templates, true, true, false) { BaseUrl = baseUrl }))
            .Message.ShouldStartWith($"the base URL must be an absolute http or https URL without a query or fragment, such as https://example.org/course/; got '{baseUrl}'");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void NotFoundPage_LinksTheIndexAndIsNotIndexedForSearch()
    {
        var page = new HtmlPage(site.Read("404.html")).Document;

        (page.QuerySelector("h1")?.TextContent, page.QuerySelectorAll("main a").Any(a => a.GetAttribute("href") == "index.html"), page.QuerySelector("[data-pagefind-body]") is null,
            page.QuerySelector(".language-switch") is null, site.Files.Contains("zh-CN/404.html"))
            .ShouldBe(("Page not found", true, true, true, false));
    }

    [Fact]
    public void MarkdownFiles_LinkOnlyMarkdownFilesDiagramsAndAnchors()
    {
        // The notes' own text on a source page is inert inside its HTML block (the notes link images of their own), so it is left out.
        var targets = Directory.GetFiles(site.Folder, "*.md").SelectMany(f => MarkdownLink().Matches(Regex.Replace(File.ReadAllText(f), "<div class=\"line-text\"[^>]*>.*?</div>", string.Empty)).Select(m => (File: Path.GetFileName(f), Target: m.Groups[1].Value))).ToList();

        targets.Count.ShouldBeGreaterThan(30);
        targets.Where(t => !(t.Target.StartsWith('#') || Regex.IsMatch(t.Target, @"^[a-z0-9._-]+\.(md|svg)(#[A-Za-z0-9-]+)?$") && File.Exists(Path.Combine(site.Folder, t.Target.Split('#')[0])))).ShouldBeEmpty();
    }

    [Fact]
    public void MarkdownLessons_EndWithLinksToThePreviousAndNextLesson()
    {
        var first = site.Read("lesson-linear-chain.md");
        var second = site.Read("lesson-j-graph.md");
        var last = site.Read("lesson-optimizers.md");

        (first.TrimEnd().EndsWith("\n[The computation graph J = 3(a + bc)](lesson-j-graph.md) →", StringComparison.Ordinal),
            second.TrimEnd().EndsWith("\n← [A linear unit and its squared loss](lesson-linear-chain.md) · [The logistic function as a computation graph](lesson-logistic-graph.md) →", StringComparison.Ordinal),
            last.TrimEnd().EndsWith("\n← [Activation functions and their derivatives](lesson-activations.md)", StringComparison.Ordinal))
            .ShouldBe((true, true, true));
    }

    [Fact]
    public void EveryPageButTheSearchPage_HasASearchBoxThatSubmitsToTheSearchPage_AndNoScriptOfItsOwn()
    {
        var pages = HtmlPages(site.Folder).Where(p => p != "search.html").Select(p => (p, Doc: new HtmlPage(site.Read(p)).Document)).ToList();

        pages.Where(p => p.Doc.QuerySelector("form[role=search][action='search.html'] input[type=search][name=q]") is null).Select(p => p.p).ShouldBeEmpty();
        pages.Where(p => p.Doc.QuerySelectorAll("script[src]").Any(s => s.GetAttribute("src") != SiteBuilder.CheckScript)).Select(p => p.p).ShouldBeEmpty();
    }

    [Fact]
    public void SearchIndex_IsWrittenWithTheSite_ForEveryIndexedPage()
    {
        var entry = System.Text.Json.JsonDocument.Parse(site.Read("pagefind/pagefind-entry.json")).RootElement;

        (site.Files.Contains("pagefind/pagefind-ui.js"), site.Files.Contains("search.html"), site.Files.Contains(SiteBuilder.SearchScript),
            entry.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32())
            .ShouldBe((true, true, true, HtmlPages(site.Folder).Count(p => p is not ("404.html" or "search.html") && !p.Contains(".worksheet.", StringComparison.Ordinal))));
    }

    [Fact]
    public void SearchPage_InTheBrowser_FindsTheLessonsThatSaySigmoid_AndTheOneThatPrintsANumber()
    {
        var chromium = Chromium.Require();

        var searches = SearchCheck.Run(chromium, site.Folder, ("search.html", "sigmoid"), ("search.html", "0.35891648"));

        searches.SelectMany(s => s.ConsoleErrors).ShouldBeEmpty();
        var sigmoid = searches[0].Results.Select(r => r.Href).ToList();
        (sigmoid.Contains("/lesson-net-2-2-2.html"), sigmoid.Contains("/lesson-and-neuron.html"), sigmoid.Contains("/lesson-j-graph.html"), sigmoid.Any(h => h.Contains("worksheet", StringComparison.Ordinal)))
            .ShouldBe((true, true, false, false));
        searches[1].Results.Select(r => r.Href).Order(StringComparer.Ordinal).ShouldBe(["/lesson-net-2-2-2.html", "/source-001_7a5d002ff47c9624.html"]); // the lesson, and the notes' line that prints it
    }

    private static void Build(string output, SiteOptions options) => new SiteBuilder(options).Build(Course.Lessons(), Course.Errata());

    private static IEnumerable<string> HtmlPages(string folder) => Directory.GetFiles(folder, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
