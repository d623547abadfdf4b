using System.Text;
using Explainer.Checking;
using Explainer.Rendering;

namespace Explainer.Site;

/// <summary>Builds the static course: an index, one lesson and one printable worksheet per example in Markdown and HTML, an errata page, the CSS and the script that checks a reader's numbers.</summary>
/// <remarks>
/// The output folder is checked first (<see cref="SiteFolder"/>: never the root, home, the current folder, a git work tree
/// or the repository, even when forced) and locked for the whole build (<see cref="SiteLock"/>). Everything is written to a
/// temporary sibling folder which is then swapped in (<see cref="SiteWriter"/>), so a failed or killed build never leaves a
/// half-written site. A marker file lists what Explainer wrote; a folder holding anything else is refused unless forced,
/// and even then its other files are kept. Output depends only on the inputs, so rebuilding gives byte-identical files.
/// </remarks>
public sealed class SiteBuilder
{
    /// <summary>The file that marks a folder as written by Explainer.</summary>
    public const string MarkerFile = ".explainer-site";

    /// <summary>The script that lets a reader check their own numbers on a lesson page, copied from the templates folder.</summary>
    public const string CheckScript = "check.js";

    private const string SiteTitle = "Backpropagation, worked exactly";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SiteOptions _options;
    private readonly ITemplateRenderer _templates;
    private readonly IMathConverter _math;

    /// <summary>Creates a builder rendering the templates of <see cref="SiteOptions.TemplateDirectories"/> with Scriban, formulas with temml.</summary>
    /// <exception cref="TemplateException">The templates folder does not exist.</exception>
    public SiteBuilder(SiteOptions options)
        : this(options, new ScribanTemplateRenderer(options.TemplateDirectories), new TemmlMathConverter())
    {
    }

    /// <summary>Creates a builder with its template renderer and its TeX-to-MathML converter.</summary>
    /// <param name="options">What to build, and where.</param>
    /// <param name="templates">Renders <c>lesson.md</c>, <c>worksheet.md</c>, <c>errata.md</c>, <c>index.md</c> and <c>page.html</c>.</param>
    /// <param name="math">Converts the pages' formulas.</param>
    internal SiteBuilder(SiteOptions options, ITemplateRenderer templates, IMathConverter math)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(math);
        _options = options;
        _templates = templates;
        _math = math;
    }

    /// <summary>Builds the site; returns the files written, relative to the output folder.</summary>
    /// <exception cref="IOException">The output folder is one Explainer never builds into, holds files Explainer did not write
    /// (without <see cref="SiteOptions.Force"/>), or another build is writing it.</exception>
    /// <exception cref="TemplateException">A template fails.</exception>
    public IReadOnlyList<string> Build(IReadOnlyList<CourseLesson> lessons, IReadOnlyList<Erratum> errata, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(errata);
        var output = SiteFolder.Resolve(_options.OutputDirectory, [_options.TemplatesDirectory, .. _options.TemplateDirectories, .. _options.AssetDirectories]);
        var siteTitle = _options.Title ?? SiteTitle;
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using var guard = SiteLock.Take(output);
        SiteWriter.Recover(output);
        var whole = SiteWriter.IsOurs(output, _options.Force);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pages = new List<Page>();
        var links = lessons.Select(l => new NavLink(l.Lesson.Title, FileName(l.Lesson.Id), false)).ToList();

        foreach (var course in lessons)
        {
            progress?.Report($"lesson {course.Lesson.Id}");
            var name = FileName(course.Lesson.Id);
            var worksheet = WorksheetName(course.Lesson.Id);
            var hasDiagram = course.Diagram.Length > 0;
            if (_options.Markdown)
            {
                // Markdown hosts strip inline SVG, so the Markdown lesson links the diagram as a file.
                var diagramFile = hasDiagram ? name + ".svg" : null;
                files[name + ".md"] = _templates.Render("lesson.md", new { course.Lesson, Diagram = (string?)null, DiagramFile = diagramFile, WorksheetLink = worksheet + ".md" });
                files[worksheet + ".md"] = _templates.Render("worksheet.md", new { course.Lesson, LessonLink = name + ".md" });
                if (hasDiagram)
                {
                    files[name + ".svg"] = course.Diagram;
                }
            }

            var model = new { course.Lesson, Diagram = hasDiagram ? course.Diagram : null, DiagramFile = (string?)null, WorksheetLink = worksheet + ".html" };

            var toc = course.Lesson.Sections.Select(s => new TocEntry(s.Anchor, s.Title)).ToList();
            if (course.Lesson.Comparison.Count > 0)
            {
                toc.Add(new TocEntry("comparison", "Comparison"));
            }

            if (course.Lesson.Checks.Count > 0)
            {
                toc.Add(new TocEntry("claims", "What the notes print"));
            }

            pages.Add(new Page(name, course.Lesson.Title, MarkdownHtml.ToHtml(_templates.Render("lesson.md", model)), toc, pages.Count(p => p.LessonIndex is not null), AnswerKeyJson.Write(course.Lesson)));
        }

        foreach (var course in lessons)
        {
            var worksheetModel = new { course.Lesson, LessonLink = FileName(course.Lesson.Id) + ".html" };
            pages.Add(new Page(WorksheetName(course.Lesson.Id), "Worksheet: " + course.Lesson.Title, MarkdownHtml.ToHtml(_templates.Render("worksheet.md", worksheetModel)), [], null, null));
        }

        var differs = lessons.SelectMany(l => l.Lesson.Checks).Where(c => c.Status == ClaimStatus.Differs).ToList();
        var errataModel = new { Differs = differs, Errata = errata };
        var indexModel = new
        {
            Title = siteTitle,
            _options.Author,
            Lessons = lessons.Select((l, i) => new
            {
                PartHeading = l.Part is { } part && (i == 0 || lessons[i - 1].Part != part) ? part : null,
                l.Lesson.Title,
                l.Lesson.Summary,
                Link = FileName(l.Lesson.Id) + (_options.Html ? ".html" : ".md"),
                WorksheetLink = WorksheetName(l.Lesson.Id) + (_options.Html ? ".html" : ".md"),
            }).ToList(),
            ErrataLink = _options.Html ? "errata.html" : "errata.md",
        };
        if (_options.Markdown)
        {
            files["errata.md"] = _templates.Render("errata.md", errataModel);
            files["index.md"] = _templates.Render("index.md", indexModel);
        }

        if (_options.Html)
        {
            progress?.Report("math");
            pages.Add(new Page("errata", "Errata", MarkdownHtml.ToHtml(_templates.Render("errata.md", errataModel)), [], null, null));
            pages.Add(new Page("index", siteTitle, MarkdownHtml.ToHtml(_templates.Render("index.md", indexModel)), [], null, null));
            var bodies = MarkdownHtml.ReplaceMath(pages.Select(p => (p.Name, p.Html)).ToList(), _math);
            var lessonCount = lessons.Count;
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var nav = links.Select(l => l with { Link = l.Link + ".html", Current = l.Link == page.Name })
                    .Append(new NavLink("Errata", "errata.html", page.Name == "errata")).ToList();
                var model = new
                {
                    page.Title,
                    SiteTitle = siteTitle,
                    _options.Language,
                    Body = bodies[i],
                    Nav = nav,
                    page.Toc,
                    Previous = page.LessonIndex is { } p && p > 0 ? nav[p - 1] : null,
                    Next = page.LessonIndex is { } n && n + 1 < lessonCount ? nav[n + 1] : null,
                    page.AnswerKey,
                    AnswerKeyId = AnswerKeyJson.ElementId,
                    CheckScript = page.AnswerKey is null ? null : CheckScript,
                };
                files[page.Name + ".html"] = _templates.Render("page.html", model);
            }

        }

        progress?.Report("write");
        var written = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, path) in SiteAssets.Collect(_options, _options.Html ? ["site.css", CheckScript] : [], files.Keys))
        {
            written[name] = File.ReadAllBytes(path);
        }

        foreach (var (name, text) in files)
        {
            written[name] = Utf8.GetBytes(text);
        }

        if (whole)
        {
            SiteWriter.Swap(output, written);
        }
        else
        {
            SiteWriter.WriteBeside(output, written);
        }

        return written.Keys.ToList();
    }

    /// <summary>The lesson's file name (without extension): <c>lesson-net-2-2-2</c>.</summary>
    public static string FileName(string id) => "lesson-" + id;

    /// <summary>The lesson's worksheet's file name (without extension): <c>lesson-net-2-2-2.worksheet</c>.</summary>
    public static string WorksheetName(string id) => FileName(id) + ".worksheet";

    private sealed record NavLink(string Title, string Link, bool Current);

    private sealed record TocEntry(string Anchor, string Title);

    /// <summary>An HTML page before its layout: its body, its table of contents, its place among the lessons (null for other pages) and its answers' JSON (null for none).</summary>
    private sealed record Page(string Name, string Title, string Html, IReadOnlyList<TocEntry> Toc, int? LessonIndex, string? AnswerKey);
}
