using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace Explainer.Rendering;

/// <summary>Markdown to HTML with Markdig (one pipeline, built once), and its TeX turned into MathML in one batch.</summary>
public static partial class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseMathematics().Build();

    /// <summary>Converts Markdown to HTML; math stays as Markdig's <c>class="math"</c> elements until <see cref="ReplaceMath"/>.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Converts Markdown to HTML as <see cref="ToHtml(string)"/> does, each table inside a region that scrolls sideways when the table is wider than the column.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="tableLabel">The accessible name of each table's region (<c>table</c>, in the page's language): a region that scrolls must be focusable and named, so that a keyboard can scroll it.</param>
    public static string ToHtml(string markdown, string tableLabel)
    {
        ArgumentNullException.ThrowIfNull(tableLabel);
        var attribute = WebUtility.HtmlEncode(tableLabel);
        return TablePattern().Replace(ToHtml(markdown), m => $"<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"{attribute}\">{m.Value}</div>");
    }

    /// <summary>Replaces the math of every page with MathML, converting all distinct formulas of all pages in one batch.</summary>
    /// <param name="pages">Each page's name (for errors), its HTML, and the accessible name of its display formulas (<c>equation</c>, in the page's language).</param>
    /// <param name="converter">The TeX-to-MathML converter.</param>
    /// <remarks>A formula that occurs on several pages (the same lesson in two languages) is converted once.</remarks>
    /// <exception cref="InvalidOperationException">A formula does not convert; the message names the page and the formula.</exception>
    internal static IReadOnlyList<string> ReplaceMath(IReadOnlyList<(string Name, string Html, string EquationLabel)> pages, IMathConverter converter)
    {
        var requests = new List<MathRequest>();
        var owners = new List<string>();
        var index = new Dictionary<(string, bool), int>();
        foreach (var (name, html, _) in pages)
        {
            foreach (Match m in MathPattern().Matches(html))
            {
                // Markdig escapes the formula's text for HTML ("&" → "&amp;"); the templates write TeX unescaped.
                var request = new MathRequest(WebUtility.HtmlDecode(m.Groups["tex"].Value).Trim(), m.Groups["tag"].Value == "div");
                if (index.TryAdd((request.Tex, request.Display), requests.Count))
                {
                    requests.Add(request);
                    owners.Add(name);
                }
            }
        }

        var results = requests.Count == 0 ? [] : converter.Convert(requests);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                throw new InvalidOperationException($"{owners[i]}: the formula {requests[i].Tex} does not convert to MathML: {error}");
            }
        }

        var output = new List<string>(pages.Count);
        foreach (var (_, html, label) in pages)
        {
            var attribute = WebUtility.HtmlEncode(label);
            output.Add(MathPattern().Replace(html, m =>
            {
                var display = m.Groups["tag"].Value == "div";
                var tex = WebUtility.HtmlDecode(m.Groups["tex"].Value).Trim();
                var mathml = results[index[(tex, display)]].MathMl!;
                if (display)
                {
                    return $"<div class=\"math-display\" tabindex=\"0\" role=\"group\" aria-label=\"{attribute}\">{mathml}</div>";
                }

                // A column header that is only a formula (a truth table's x₁, an activation table's f′(x)) needs a text name:
                // accessibility checkers do not read MathML as a header's text, so the formula is named in plain letters.
                return HeaderCellStart().IsMatch(html.AsSpan(0, m.Index)) && HeaderCellEnd().IsMatch(html.AsSpan(m.Index + m.Length))
                    ? MathStart().Replace(mathml, $"<math aria-label=\"{WebUtility.HtmlEncode(PlainName(tex))}\"", 1)
                    : mathml;
            }));
        }

        return output;
    }

    /// <summary>A formula's plain-letter name: <c>x_1</c> is "x1", <c>f'(x)</c> is "f′(x)", <c>\theta_0</c> is "θ0".</summary>
    internal static string PlainName(string tex)
        => string.Concat(Diagrams.SymbolText.Runs(tex).Select(r => r.Text)).Replace('\'', '′');

    [GeneratedRegex(@"<th(\s[^>]*)?>\s*$", RegexOptions.RightToLeft)]
    private static partial Regex HeaderCellStart();

    [GeneratedRegex(@"^\s*</th>")]
    private static partial Regex HeaderCellEnd();

    [GeneratedRegex(@"<math\b")]
    private static partial Regex MathStart();

    // Markdig's pipe tables: never nested, always closed.
    [GeneratedRegex(@"<table>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<(?<tag>span|div) class=""math"">\s*\\[\(\[](?<tex>.*?)\\[\)\]]\s*</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex MathPattern();
}
