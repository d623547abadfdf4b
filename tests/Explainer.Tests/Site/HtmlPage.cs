using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Site;

/// <summary>A page of the built site parsed with AngleSharp, with the questions the tests ask of it.</summary>
internal sealed partial class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public HtmlPage(string html) => Document = Parser.ParseDocument(html);

    public IHtmlDocument Document { get; }

    /// <summary>Gets the text a reader sees: the body without MathML's TeX annotations.</summary>
    public string VisibleText
    {
        get
        {
            var body = (IElement)Document.Body!.Clone(deep: true);
            foreach (var hidden in body.QuerySelectorAll("annotation, script, style").ToList())
            {
                hidden.Remove();
            }

            return body.TextContent;
        }
    }

    /// <summary>The elements after a step's anchor paragraph, up to the next anchor or heading: the step as a reader sees it.</summary>
    public IReadOnlyList<IElement> Step(string anchor)
    {
        var start = Document.GetElementById(anchor) ?? throw new ShouldAssertException($"no element with id '{anchor}'");
        var block = start.ParentElement!;
        var elements = new List<IElement>();
        for (var next = block.NextElementSibling; next is not null && next.QuerySelector("a[id]") is null && next.LocalName is not ("h2" or "nav"); next = next.NextElementSibling)
        {
            elements.Add(next);
        }

        return elements;
    }

    /// <summary>The cells' text of every table body row.</summary>
    public IEnumerable<string[]> Rows() => Document.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray());

    /// <summary>How many display formulas (<c>$$ … $$</c> blocks) a Markdown page has.</summary>
    public static int DisplayMathBlocks(string markdown) => DisplayMath().Count(markdown);

    [GeneratedRegex(@"^\$\$\n.*?\n\$\$$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex DisplayMath();
}
