namespace Explainer.Tests.Site;

/// <summary>errata.html: every number the notes misprint with its correction, and the notational slips as printed.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class ErrataPageHtmlTests(BuiltSiteFixture site)
{
    private readonly HtmlPage _page = new(site.Read("errata.html"));

    [Theory]
    [InlineData("001_7a5d002ff47c9624.txt:615", "074136507", "0.74136507")]
    [InlineData("001_7a5d002ff47c9624.txt:590", "0.2748110083", "0.274811083")]
    public void Errata_ListsTheMisprintWithItsCorrection(string citation, string printed, string correction)
    {
        _page.Rows().ShouldContain(r => r[0] == citation && r[1] == printed && r[2] == correction);
    }

    [Theory]
    [InlineData("001_7a5d002ff47c9624.txt:603", @"\(\w_5\)", @"\(w_5\)")]
    [InlineData("002_347323eec919df2e.txt:475", @"\frac{\partial h_5}{\partial t} = 1", @"\frac{\partial h_5}{\partial h_4} = 1")]
    public void Notation_ShowsTheSlipAndItsCorrectionAsPrinted(string citation, string printed, string correction)
    {
        var row = _page.Rows().FirstOrDefault(r => r[0] == citation).ShouldNotBeNull();

        (row[1], row[2]).ShouldBe((printed, correction));
    }

    [Theory]
    [InlineData("002_347323eec919df2e.txt:85", "PReLU")]
    [InlineData("002_347323eec919df2e.txt:373", "Kingma & Ba")]
    [InlineData("002_347323eec919df2e.txt:541", "drops ω₄₇ − η")]
    [InlineData("002_347323eec919df2e.txt:545", "sign")]
    [InlineData("002_347323eec919df2e.txt:603", "梯度消失")]
    public void FormulasOutsideTheExamples_AreListedWithTheirReason(string citation, string reason)
    {
        var row = _page.Rows().FirstOrDefault(r => r[0] == citation).ShouldNotBeNull();

        row[3].ShouldContain(reason);
    }

    [Fact]
    public void Html_DeclaresEnglishAndHasTheSidebar()
    {
        (_page.Document.DocumentElement.GetAttribute("lang"), _page.Document.QuerySelectorAll("nav.sidebar a[aria-current=page]").Select(a => a.GetAttribute("href")).Single())
            .ShouldBe(("en", "errata.html"));
    }
}
