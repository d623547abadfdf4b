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

    /// <summary>Replaces the math of every page with MathML, converting all formulas of all pages in one batch.</summary>
    /// <exception cref="InvalidOperationException">A formula does not convert; the message names the page and the formula.</exception>
    internal static IReadOnlyList<string> ReplaceMath(IReadOnlyList<(string Name, string Html)> pages, IMathConverter converter)
    {
        // Each distinct formula is converted once: the worksheets repeat the lessons' formulas, and every language of a site
        // repeats them all.
        var requests = new List<MathRequest>();
        var owners = new List<string>();
        var seen = new Dictionary<MathRequest, int>();
        var order = new List<int>();
        foreach (var (name, html) in pages)
        {
            foreach (Match m in MathPattern().Matches(html))
            {
                // Markdig escapes the formula's text for HTML ("&" → "&amp;"); the templates write TeX unescaped.
                var tex = WebUtility.HtmlDecode(m.Groups["tex"].Value);
                var request = new MathRequest(tex.Trim(), m.Groups["tag"].Value == "div");
                if (!seen.TryGetValue(request, out var index))
                {
                    index = requests.Count;
                    seen[request] = index;
                    requests.Add(request);
                    owners.Add(name);
                }

                order.Add(index);
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
        var next = 0;
        foreach (var (_, html) in pages)
        {
            output.Add(MathPattern().Replace(html, m =>
            {
                var mathml = results[order[next++]].MathMl!;
                return m.Groups["tag"].Value == "div"
                    ? $"<div class=\"math-display\" tabindex=\"0\" role=\"group\" aria-label=\"equation\">{mathml}</div>"
                    : mathml;
            }));
        }

        return output;
    }

    [GeneratedRegex(@"<(?<tag>span|div) class=""math"">\s*\\[\(\[](?<tex>.*?)\\[\)\]]\s*</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex MathPattern();
}
