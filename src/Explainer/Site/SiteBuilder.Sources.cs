using Explainer.Checking;
using Explainer.Rendering.Views;
using Explainer.Strings;

namespace Explainer.Site;

/// <summary>The source pages: each file of <see cref="SiteOptions.Sources"/> as numbered lines that the citations link to, each cited
/// line linking back to the step that checks it with its verdict.</summary>
public sealed partial class SiteBuilder
{
    /// <summary>The errata page's name, which the source pages' errata link to.</summary>
    private const string ErrataPage = "errata";

    /// <summary>Where the citations of <paramref name="lessons"/> lead: the page of each source file the site shows, and the step
    /// that holds each claim (a claim no step holds leads to its lesson's table of claims).</summary>
    /// <exception cref="ArgumentException">Two source files would share a page, or a file is given twice.</exception>
    private CitationLinks Citations(IReadOnlyList<CourseLesson> lessons)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in _options.Sources)
        {
            if (owners.TryGetValue(source.PageName, out var other))
            {
                throw new ArgumentException($"the source files {other} and {source.FileName} would both be shown as {source.PageName}.html; rename one");
            }

            owners[source.PageName] = source.FileName;
            pages[source.FileName] = source.PageName;
        }

        var steps = new Dictionary<Claim, (string Page, string Anchor)>();
        foreach (var course in lessons)
        {
            var page = FileName(course.Lesson.Id);
            foreach (var step in course.Lesson.Steps)
            {
                foreach (var check in step.Claims)
                {
                    steps.TryAdd(check.Claim, (page, step.Anchor));
                }
            }

            foreach (var check in course.Lesson.Checks)
            {
                steps.TryAdd(check.Claim, (page, ClaimsAnchor));
            }
        }

        return new CitationLinks(pages, steps);
    }

    /// <summary>The anchor of a lesson's table of claims.</summary>
    private const string ClaimsAnchor = "claims";

    /// <summary>The view of each source page in one language: every line, and on each cited line the claims that cite it (with
    /// their lesson's title and step) and the errata, in course order.</summary>
    private IReadOnlyList<SourcePageView> SourcePages(IReadOnlyList<LessonView> views, IReadOnlyList<ErratumView> errata, StringTable strings)
    {
        var marks = new Dictionary<string, List<SourceMarkView>>(StringComparer.Ordinal);
        void Mark(string citation, SourceMarkView mark)
        {
            if (!marks.TryGetValue(citation, out var list))
            {
                marks[citation] = list = [];
            }

            list.Add(mark);
        }

        foreach (var view in views)
        {
            foreach (var claim in view.Checks.Where(c => c.StepLink is not null))
            {
                Mark(claim.Citation, new SourceMarkView(claim.IsMatch ? "match" : "differs", claim.Printed, claim.Explanation, view.Title, claim.StepLink!, claim.StepAnchor));
            }
        }

        foreach (var erratum in errata)
        {
            Mark(erratum.Citation, new SourceMarkView("erratum", string.Empty, erratum.Kind, strings["site.errata"], ErrataPage, erratum.Anchor));
        }

        var claims = views.SelectMany(v => v.Checks).ToList();
        return [.. _options.Sources.Select(source =>
        {
            var cited = claims.Where(c => c.Source == source.FileName).ToList();
            var lines = source.Lines.Select((text, i) =>
            {
                var number = i + 1;
                return new SourceLineView(number, SourceDocument.LineAnchor(number), text, marks.GetValueOrDefault($"{source.FileName}:{number}") ?? []);
            }).ToList();
            return new SourcePageView(source.FileName, strings.Format("source.title", new Dictionary<string, string> { ["file"] = source.FileName }), source.Language, cited.Count, cited.Count(c => !c.IsMatch), lines);
        })];
    }

    /// <summary>The source pages of one language: the Markdown files through <paramref name="text"/>, the HTML pages through <paramref name="add"/> (title, description, body, table of contents).</summary>
    private void RenderSources(IReadOnlyList<SourcePageView> sources, StringTable strings, Action<string, string> text, Action<string, string, string, string, IReadOnlyList<TocEntry>> add)
    {
        foreach (var source in sources)
        {
            var name = SourceDocument.PageNameOf(source.FileName);
            if (_options.Markdown)
            {
                text(name + ".md", _templates.Render("source.md", new { Source = source, LinkExtension = ".md" }, strings));
            }

            if (_options.Html)
            {
                // The table of contents lists the lines the lessons check, so a reader finds them without scrolling through the file.
                var toc = source.Lines.Where(l => l.Marks.Count > 0).Select(l => new TocEntry(l.Anchor, strings.Format("source.toc", new Dictionary<string, string>
                {
                    ["line"] = l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["marks"] = string.Concat(l.Marks.Select(m => m.Kind == "match" ? "✓" : "✗")),
                }))).ToList();
                var description = strings.Format("source.description", new Dictionary<string, string> { ["file"] = source.FileName });
                add(name, source.Title, description, BodyHtml(_templates.Render("source.md", new { Source = source, LinkExtension = ".html" }, strings), strings), toc);
            }
        }
    }
}
