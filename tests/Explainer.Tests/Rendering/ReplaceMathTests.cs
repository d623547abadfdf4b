using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>The math of a whole site goes to the converter in one batch, each distinct formula once, and comes back in its place on every page.</summary>
public sealed class ReplaceMathTests
{
    [Fact]
    public void ReplaceMath_SameFormulaOnTwoPages_IsConvertedOnceAndReplacedOnBoth()
    {
        var converter = new Recorder();
        var pages = new[]
        {
            ("a", MarkdownHtml.ToHtml("$x + 1$ and\n\n$$\n\\frac{a}{b}\n$$\n"), "equation"),
            ("b", MarkdownHtml.ToHtml("again $x + 1$, then $y$"), "equation"),
        };

        var html = MarkdownHtml.ReplaceMath(pages, converter);

        converter.Batches.ShouldBe([["x + 1 (inline)", "\\frac{a}{b} (display)", "y (inline)"]]);
        (html[0].Contains("<m>x + 1</m>", StringComparison.Ordinal), html[0].Contains("<m>\\frac{a}{b}</m>", StringComparison.Ordinal),
            html[1].Split("<m>x + 1</m>").Length - 1, html[1].Contains("<m>y</m>", StringComparison.Ordinal), html[1].Contains("class=\"math\"", StringComparison.Ordinal))
            .ShouldBe((true, true, 1, true, false));
    }

    [Fact]
    public void ReplaceMath_AFormulaThatFails_NamesTheFirstPageThatHasIt()
    {
        var pages = new[] { ("a", MarkdownHtml.ToHtml("$ok$"), "equation"), ("b", MarkdownHtml.ToHtml("$bad$"), "equation"), ("c", MarkdownHtml.ToHtml("$bad$"), "equation") };

        Should.Throw<InvalidOperationException>(() => MarkdownHtml.ReplaceMath(pages, new Recorder())).Message
            .ShouldBe("b: the formula bad does not convert to MathML: no");
    }

    /// <summary>Records each batch and "converts" a formula to <c>&lt;m&gt;TeX&lt;/m&gt;</c>; the formula <c>bad</c> fails.</summary>
    private sealed class Recorder : IMathConverter
    {
        public List<List<string>> Batches { get; } = [];

        public IReadOnlyList<MathResult> Convert(IReadOnlyList<MathRequest> items)
        {
            Batches.Add([.. items.Select(i => $"{i.Tex} ({(i.Display ? "display" : "inline")})")]);
            return [.. items.Select(i => i.Tex == "bad" ? new MathResult(null, "no") : new MathResult($"<m>{i.Tex}</m>", null))];
        }
    }
}
