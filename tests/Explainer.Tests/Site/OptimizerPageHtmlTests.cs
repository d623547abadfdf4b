namespace Explainer.Tests.Site;

/// <summary>lesson-optimizers.html: every rule's section, every formula as MathML, the comparison of losses, and no claims table (the notes print no numbers here).</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class OptimizerPageHtmlTests(BuiltSiteFixture site)
{
    private readonly HtmlPage _page = new(site.Read("lesson-optimizers.html"));

    [Fact]
    public void DisplayFormulas_AreOneMathElementEachOfTheMarkdownsFormulas()
    {
        var markdownBlocks = HtmlPage.DisplayMathBlocks(site.Read("lesson-optimizers.md"));

        // Per rule: the loss before each of 2 steps and after; per step and parameter (w5, w1): g, θ⁺ and each quantity
        // (SGD Δθ; momentum v; AdaGrad and RMSProp r, Δθ; Adam s, r, ŝ, r̂, Δθ).
        markdownBlocks.ShouldBe((5 * 3) + (2 * 2 * ((5 * 2) + 1 + 1 + 2 + 2 + 5)));
        _page.Document.QuerySelectorAll("div.math-display > math[display=block]").Length.ShouldBe(markdownBlocks);
        _page.Document.QuerySelectorAll(".math").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("$")]
    [InlineData(@"\frac")]
    [InlineData(@"\varepsilon")]
    [InlineData("&#x3D;")]
    public void VisibleText_HasNoTexOrEscapes(string text)
    {
        _page.VisibleText.ShouldNotContain(text, Case.Sensitive);
    }

    [Fact]
    public void TableOfContents_ListsTheRulesAndTheComparison()
    {
        _page.Document.QuerySelectorAll("ul.toc a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["#sgd", "#momentum", "#adagrad", "#rmsprop", "#adam", "#comparison"]);
    }

    [Fact]
    public void Comparison_GivesEachRulesLossAfterTwoSteps()
    {
        // Independent mpmath values at the lesson's 10 digits: gradient descent and momentum at ε = 0.5 from
        // tests/Worked.Tests/Data/training.tsv (the losses before step 3); AdaGrad at ε = 0.01, RMSProp and Adam at ε = 0.001
        // from a hand-written mpmath forward/backward at 60 digits (0.294742849311868, 0.297223063894112, 0.297945221893177).
        _page.Rows().Where(r => r.Length == 3).Select(r => (r[0], r[2])).ShouldBe(
        [
            ("Gradient descent", "0.2835471331 (2 steps)"),
            ("Momentum", "0.2768297727 (2 steps)"),
            ("AdaGrad", "0.2947428493 (2 steps)"),
            ("RMSProp", "0.2972230639 (2 steps)"),
            ("Adam", "0.2979452219 (2 steps)"),
        ]);
    }

    [Fact]
    public void Adam_FirstStepOfW5_IsWrittenOutWithItsNumbers()
    {
        _page.Step("adam-t1-w5-s").ShouldNotBeEmpty();
        _page.Document.GetElementById("adam-t1-w5").ShouldNotBeNull();
        _page.VisibleText.ShouldContain("the notes' last line is garbled");
    }
}
