namespace Explainer.Tests.Site;

/// <summary>lesson-activations.html: formulas with a prime (f′) and "=" come from template fields, which the HTML templates escape; every one must still convert.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class ActivationPageHtmlTests(BuiltSiteFixture site)
{
    private readonly HtmlPage _page = new(site.Read("lesson-activations.html"));

    [Fact]
    public void EveryDisplayFormula_IsMathMl()
    {
        var markdownBlocks = HtmlPage.DisplayMathBlocks(site.Read("lesson-activations.md"));

        markdownBlocks.ShouldBe((7 * 4 * 2) + (4 * 4));
        _page.Document.QuerySelectorAll("div.math-display > math[display=block]").Length.ShouldBe(markdownBlocks);
        _page.Document.QuerySelectorAll(".math").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("&#x27;")]
    [InlineData("&amp;")]
    [InlineData(@"\frac")]
    [InlineData("$")]
    public void VisibleText_HasNoEscapesOrTex(string text) => _page.VisibleText.ShouldNotContain(text, Case.Sensitive);

    [Fact]
    public void Primes_SurviveIntoMathMl()
    {
        // f'(-2) is written f′ in MathML: temml turns the apostrophe into a prime.
        _page.Document.QuerySelectorAll("math").Any(m => m.TextContent.Contains('′')).ShouldBeTrue();
    }
}
