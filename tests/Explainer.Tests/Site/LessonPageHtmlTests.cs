namespace Explainer.Tests.Site;

/// <summary>lesson-net-2-2-2.html as a browser's parser sees it: MathML for every formula, the steps' anchors and numbers, the navigation.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class LessonPageHtmlTests(BuiltSiteFixture site)
{
    private readonly HtmlPage _page = new(site.Read("lesson-net-2-2-2.html"));

    [Fact]
    public void Html_DeclaresEnglish()
    {
        _page.Document.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Fact]
    public void Formulas_AreMathMlElements()
    {
        _page.Document.QuerySelectorAll("math").Where(m => m.NamespaceUri == "http://www.w3.org/1998/Math/MathML").ShouldNotBeEmpty();
    }

    [Fact]
    public void DisplayFormulas_AreOneMathElementEachOfTheMarkdownsFormulas()
    {
        var markdownBlocks = HtmlPage.DisplayMathBlocks(site.Read("lesson-net-2-2-2.md"));

        _page.Document.QuerySelectorAll("div.math-display > math[display=block]").Length.ShouldBe(markdownBlocks);
    }

    [Fact]
    public void Formulas_LeaveNoUnconvertedMathElements()
    {
        _page.Document.QuerySelectorAll(".math").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("$")]
    [InlineData(@"\frac")]
    [InlineData(@"\partial")]
    [InlineData(@"\times")]
    [InlineData(@"\(")]
    [InlineData(@"\[")]
    public void VisibleText_HasNoTex(string tex)
    {
        _page.VisibleText.ShouldNotContain(tex, Case.Sensitive);
    }

    [Theory]
    [InlineData("setup")]
    [InlineData("forward")]
    [InlineData("forward-net-h1")]
    [InlineData("backward")]
    [InlineData("backward-w5")]
    [InlineData("backward-w1")]
    [InlineData("backward-b1")]
    [InlineData("backward-out-h1")]
    [InlineData("updates")]
    [InlineData("update-w5")]
    [InlineData("update-w1")]
    [InlineData("update-b1")]
    [InlineData("summary")]
    [InlineData("claims")]
    public void Anchor_Exists(string id)
    {
        _page.Document.GetElementById(id).ShouldNotBeNull();
    }

    [Fact]
    public void Ids_AreUnique()
    {
        _page.Document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0.35891648")]
    [InlineData("0.149780716")]
    [InlineData("0.082167041")]
    public void NotesClaim_IsQuotedInTheLesson(string printed)
    {
        _page.Document.QuerySelectorAll("blockquote strong").Select(s => s.TextContent).ShouldContain(printed);
    }

    [Theory]
    [InlineData("backward-w5", "0.082167041")]
    [InlineData("update-w5", "0.35891648")]
    [InlineData("update-w1", "0.149780716")]
    [InlineData("backward-w1", "0.000438568")]
    public void NotesClaim_IsQuotedWithItsStep(string anchor, string printed)
    {
        _page.Step(anchor).Where(e => e.ClassList.Contains("claim")).SelectMany(e => e.QuerySelectorAll("blockquote strong")).Select(s => s.TextContent).ShouldContain(printed);
    }

    [Theory]
    [InlineData("backward-w5", "0.08216704056")]
    [InlineData("update-w5", "0.3589164797")]
    [InlineData("update-w1", "0.1497807161")]
    [InlineData("backward-b1", "0.01872560939")]
    public void Step_EndsItsFormulaWithTheValue(string anchor, string value)
    {
        // The step's own equation is its last display: the local rules it derives come before it, its claim box after it.
        var math = _page.Step(anchor).SelectMany(e => e.QuerySelectorAll("div.math-display math")).Last();

        math.QuerySelectorAll("mrow > mn")[^1].TextContent.ShouldBe(value);
    }

    [Fact]
    public void ClaimsTable_ListsTheMismatchWithItsCorrection()
    {
        _page.Rows().ShouldContain(r => r[0] == "✗" && r[2] == "074136507" && r[4].Contains("should read 0.74136507", StringComparison.Ordinal));
    }

    [Fact]
    public void Pager_OfTheFirstLesson_LinksToTheNextLessonOnly()
    {
        var page = new HtmlPage(site.Read("lesson-linear-chain.html"));

        (page.Document.QuerySelector("a[rel=next]")?.GetAttribute("href"), page.Document.QuerySelector("a[rel=prev]")).ShouldBe(("lesson-j-graph.html", null));
    }

    [Fact]
    public void Pager_OfTheNetwork_LinksBackToTheAndNeuron_AndOnToTheActivations()
    {
        (_page.Document.QuerySelector("a[rel=prev]")?.GetAttribute("href"), _page.Document.QuerySelector("a[rel=next]")?.GetAttribute("href"))
            .ShouldBe(("lesson-and-neuron.html", "lesson-activations.html"));
    }

    [Fact]
    public void Sidebar_LinksTheIndexEveryLessonFromEasyToHardAndTheErrata()
    {
        _page.Document.QuerySelectorAll("nav.sidebar a:not([href^='#'])").Select(a => a.GetAttribute("href")).ShouldBe(
        [
            "index.html", "lesson-linear-chain.html", "lesson-j-graph.html", "lesson-logistic-graph.html", "lesson-and-neuron.html", "lesson-net-2-2-2.html", "lesson-activations.html", "lesson-optimizers.html", "errata.html",
        ]);
    }

    [Fact]
    public void Sidebar_MarksThisLessonAsCurrent()
    {
        _page.Document.QuerySelectorAll("nav.sidebar [aria-current=page]").Select(a => a.GetAttribute("href")).ShouldBe(["lesson-net-2-2-2.html"]);
    }

    [Fact]
    public void Links_PointToAnchorsAndFilesThatExist()
    {
        var broken = _page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(href => href.StartsWith('#')
            ? _page.Document.GetElementById(href[1..]) is null
            : !File.Exists(Path.Combine(site.Folder, href.Split('#')[0])));

        broken.ShouldBeEmpty();
    }

    [Fact]
    public void Stylesheet_IsTheSitesOwn()
    {
        _page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ShouldBe(["site.css"]);
    }

    [Theory]
    [InlineData("setup")]
    [InlineData("forward")]
    [InlineData("loss")]
    public void SectionAnchor_StandsOutsideTheListOfGivenValues(string id)
    {
        _page.Document.GetElementById(id)!.Closest("li").ShouldBeNull();
    }

    [Theory]
    [InlineData("given-i2", "i_{2} = 0.1")]
    [InlineData("given-w5", "w_{5} = 0.4")]
    [InlineData("given-b2", "b_{2} = 0.6")]
    public void GivenAnchor_StandsWithItsOwnValue(string id, string tex)
    {
        var anchor = _page.Document.GetElementById(id)!;
        var item = anchor.Closest("li") ?? anchor.ParentElement?.NextElementSibling?.QuerySelector("li");

        item.ShouldNotBeNull().QuerySelector("annotation")?.TextContent.ShouldBe(tex);
    }
}
