using System.Text.RegularExpressions;

namespace Explainer.Tests.Site;

/// <summary>The built lessons say nothing that contradicts them and nothing twice: sections only where they apply, claim boxes that name their quantity and differ for ✓ and ✗, one legend, tables with a header in every column, no program names in prose.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed partial class LessonContentTests(BuiltSiteFixture site)
{
    public static TheoryData<string> Lessons =>
    [
        "lesson-net-2-2-2", "lesson-j-graph", "lesson-logistic-graph", "lesson-linear-chain", "lesson-and-neuron", "lesson-activations", "lesson-optimizers",
    ];

    [Theory]
    [InlineData("lesson-linear-chain.md")]
    [InlineData("lesson-logistic-graph.md")]
    [InlineData("lesson-and-neuron.md")]
    [InlineData("lesson-j-graph.md")]
    public void ExpressionWithoutUpdate_HasNoUpdatesSectionAndNoBiasPolicyNote(string page)
    {
        var markdown = site.Read(page);

        (markdown.Contains("## Updates", StringComparison.Ordinal), markdown.Contains("bias policy", StringComparison.Ordinal), markdown.Contains("would move", StringComparison.Ordinal))
            .ShouldBe((false, false, false));
    }

    [Fact]
    public void LinearChain_SummaryHasNoValuesAfterAStep()
    {
        site.Read("lesson-linear-chain.md").ShouldContain("| parameter | value | gradient |\n|---|---|---|\n| $w$ | 0.8 | 0.9 |\n| $b$ | 0.2 | 0.6 |\n");
    }

    [Fact]
    public void LogisticGraph_HasNoLossSection()
    {
        site.Read("lesson-logistic-graph.md").ShouldNotContain("## The loss");
    }

    [Fact]
    public void Net222_SaysTheBiasPolicyNoteOfItsTwoBiasesOnly()
    {
        var notes = BiasPolicyNote().Matches(site.Read("lesson-net-2-2-2.md")).Select(m => m.Groups["name"].Value);

        notes.ShouldBe(["b_{1}", "b_{2}"]);
    }

    [Fact]
    public void Net222_HasNoBackwardStepOfAnInput()
    {
        var markdown = site.Read("lesson-net-2-2-2.md");

        (markdown.Contains("id=\"backward-i1\"", StringComparison.Ordinal), markdown.Contains("id=\"backward-i2\"", StringComparison.Ordinal)).ShouldBe((false, false));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Legend_AppearsOncePerLesson(string lesson)
    {
        var markdown = site.Read(lesson + ".md");

        Regex.Count(markdown, "How to read the values:").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Legend_ExplainsTheMarksTheLessonUses_AndNoOther(string lesson)
    {
        var markdown = site.Read(lesson + ".md");
        var legend = markdown.Split('\n').Single(l => l.StartsWith("**How to read the values:**", StringComparison.Ordinal));
        var body = markdown.Replace(legend, string.Empty, StringComparison.Ordinal);

        // Each mark is explained in the legend exactly when some value of the lesson carries it.
        foreach (var (mark, explanation) in new[] { ("exact", "an exact rational"), ("certified", "every digit shown is proven"), ("undecided: interval", "only the interval shown is proven") })
        {
            legend.Contains(explanation, StringComparison.Ordinal).ShouldBe(body.Contains($"<small class=\"mark\">{mark}</small>", StringComparison.Ordinal), $"{lesson}: {mark}");
        }
    }

    [Fact]
    public void Steps_CarryAShortMarkOfTheirStatus()
    {
        var markdown = site.Read("lesson-net-2-2-2.md");

        markdown.ShouldContain("$$\n\n<small class=\"mark\">certified</small>\n");
        markdown.ShouldContain("$$\n\n<small class=\"mark\">exact</small>\n");
    }

    [Fact]
    public void ClaimBoxes_NameTheirQuantityAndDifferInWordsForMatchAndDiffers()
    {
        var markdown = site.Read("lesson-net-2-2-2.md");

        markdown.ShouldContain("<div class=\"claim claim-match\">\n\n> ✓ **Confirmed** — $out_{h1}$: the notes print **0.59326999** ([001_7a5d002ff47c9624.txt:572](source-001_7a5d002ff47c9624.md#L572)): correct at the printed precision.\n\n</div>");
        markdown.ShouldContain("<div class=\"claim claim-differs\">\n\n> ✗ **Differs** — $E_{o1}$: the notes print **0.2748110083** ([001_7a5d002ff47c9624.txt:590](source-001_7a5d002ff47c9624.md#L590)), but the digit 0 is doubled");
    }

    [Fact]
    public void ClaimBoxes_InHtml_HaveAClassAndAWordEach()
    {
        var page = new HtmlPage(site.Read("lesson-net-2-2-2.html"));

        string Words(string selector) => string.Join("|", page.Document.QuerySelectorAll(selector + " > blockquote > p > strong:first-of-type").Select(s => s.TextContent).Distinct());

        (Words("div.claim-match"), Words("div.claim-differs")).ShouldBe(("Confirmed", "Differs"));
    }

    [Fact]
    public void Stylesheet_StylesTheTwoClaimBoxesOnScreenAndInPrint()
    {
        var css = site.Read("site.css");
        var print = css[css.LastIndexOf("@media print", StringComparison.Ordinal)..];

        (css.Contains(".claim-match > blockquote", StringComparison.Ordinal), css.Contains(".claim-differs > blockquote", StringComparison.Ordinal), print.Contains(".claim-differs", StringComparison.Ordinal))
            .ShouldBe((true, true, true));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("errata.html")]
    [InlineData("lesson-net-2-2-2.html")]
    [InlineData("lesson-j-graph.html")]
    [InlineData("lesson-logistic-graph.html")]
    [InlineData("lesson-linear-chain.html")]
    [InlineData("lesson-and-neuron.html")]
    [InlineData("lesson-activations.html")]
    [InlineData("lesson-optimizers.html")]
    public void EveryTableHeader_HasText(string page)
    {
        var empty = new HtmlPage(site.Read(page)).Document.QuerySelectorAll("th").Where(th => th.TextContent.Trim().Length == 0);

        empty.ShouldBeEmpty();
    }

    [Fact]
    public void AndNeuron_GivesItsInputsAsATruthTable()
    {
        var markdown = site.Read("lesson-and-neuron.md");

        markdown.ShouldContain("| $x_1$ | $x_2$ | $t$ |\n|---|---|---|\n| 0 | 0 | 0 |\n| 0 | 1 | 0 |\n| 1 | 0 | 0 |\n| 1 | 1 | 1 |\n");
        markdown.ShouldNotContain("id=\"given-x1-00\"");
    }

    [Fact]
    public void AndNeuron_SaysItsZeroGradientsAreExactlyZero_AsTheIndexDoes()
    {
        var index = site.Read("index.md");
        var markdown = site.Read("lesson-and-neuron.md");

        index.ShouldContain("∂E/∂θ₁ and ∂E/∂θ₂ are exactly 0");
        markdown.ShouldContain("<small class=\"mark\">undecided: interval</small> — $\\theta_1$ feeds $z^{(00)}$, $z^{(01)}$, $z^{(10)}$ and $z^{(11)}$, so its gradient is the sum over 4 paths. It is exactly 0: only rows (1,0) and (1,1) have x₁ = 1");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Prose_NamesNoNodeByItsProgramName(string lesson)
    {
        // Formulas, anchors and code are not prose; what is left must not say z_00 or out_h1.
        var prose = NotProse().Replace(site.Read(lesson + ".md"), " ");

        ProgramName().Matches(prose).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public void Activations_TabulateEachFunctionAtItsPoints()
    {
        site.Read("lesson-activations.md").ShouldContain("| $x$ | $f(x)$ | $f'(x)$ |\n|---|---|---|\n| -2 | 0.1192029220 | 0.1049935854 |\n| -0.5 | 0.3775406688 | 0.2350037122 |\n| 0 | 0.5 | 0.25 |\n| 1 | 0.7310585786 | 0.1966119332 |\n");
    }

    [GeneratedRegex(@"\$(?<name>[^$]+)\$ is not updated under this bias policy")]
    private static partial Regex BiasPolicyNote();

    [GeneratedRegex(@"\$\$.*?\$\$|\$[^$\n]*\$|<[^>\n]*>|`[^`\n]*`|\([^()\s]*\.txt:[0-9]+\)|\]\([^)]*\)", RegexOptions.Singleline)]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\b(?:z|h|E|t|x[12])_[01]{2}\b|\b(?:out|net)_[a-z][0-9]\b")]
    private static partial Regex ProgramName();
}
