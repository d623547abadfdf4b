using Explainer.Checking;
using Explainer.Rendering;

namespace Explainer.Site;

/// <summary>Builds the static course: an index, one lesson per example in Markdown and HTML, an errata page and the CSS.</summary>
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

    private const string SiteTitle = "Backpropagation, worked exactly";
    private readonly SiteOptions _options;
    private readonly IMathConverter _math;

    /// <summary>Creates a builder with the repository's temml converter.</summary>
    public SiteBuilder(SiteOptions options)
        : this(options, new TemmlMathConverter())
    {
    }

    internal SiteBuilder(SiteOptions options, IMathConverter math)
    {
        _options = options;
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
        var output = SiteFolder.Resolve(_options.OutputDirectory, _options.TemplatesDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using var guard = SiteLock.Take(output);
        SiteWriter.Recover(output);
        var whole = SiteWriter.IsOurs(output, _options.Force);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var markdown = new HandlebarsTemplateRenderer(_options.TemplatesDirectory, escapeHtml: false);
        var htmlMarkdown = new HandlebarsTemplateRenderer(_options.TemplatesDirectory, escapeHtml: true);
        var pages = new List<(string Name, string Title, string Html, IReadOnlyList<TocEntry> Toc)>();
        var links = lessons.Select(l => new NavLink(l.Lesson.Title, FileName(l.Lesson.Id), false)).ToList();

        foreach (var course in lessons)
        {
            progress?.Report($"lesson {course.Lesson.Id}");
            var name = FileName(course.Lesson.Id);
            var hasDiagram = course.Diagram.Length > 0;
            if (_options.Markdown)
            {
                // Markdown hosts strip inline SVG, so the Markdown lesson links the diagram as a file.
                var diagramFile = hasDiagram ? name + ".svg" : null;
                files[name + ".md"] = markdown.Render("lesson.md", new { course.Lesson, Diagram = (string?)null, DiagramFile = diagramFile });
                if (hasDiagram)
                {
                    files[name + ".svg"] = course.Diagram;
                }
            }

            var model = new { course.Lesson, Diagram = hasDiagram ? course.Diagram : null, DiagramFile = (string?)null };

            var toc = course.Lesson.Sections.Select(s => new TocEntry(s.Anchor, s.Title)).ToList();
            if (course.Lesson.Comparison.Count > 0)
            {
                toc.Add(new TocEntry("comparison", "Comparison"));
            }

            if (course.Lesson.Checks.Count > 0)
            {
                toc.Add(new TocEntry("claims", "What the notes print"));
            }

            pages.Add((name, course.Lesson.Title, MarkdownHtml.ToHtml(htmlMarkdown.Render("lesson.md", model)), toc));
        }

        var differs = lessons.SelectMany(l => l.Lesson.Checks).Where(c => c.Status == ClaimStatus.Differs).ToList();
        var errataModel = new { Differs = differs, Errata = errata };
        var indexModel = new
        {
            Title = SiteTitle,
            Lessons = lessons.Select(l => new { l.Lesson.Title, l.Lesson.Summary, Link = FileName(l.Lesson.Id) + (_options.Html ? ".html" : ".md") }).ToList(),
            ErrataLink = _options.Html ? "errata.html" : "errata.md",
        };
        if (_options.Markdown)
        {
            files["errata.md"] = markdown.Render("errata.md", errataModel);
            files["index.md"] = markdown.Render("index.md", indexModel);
        }

        if (_options.Html)
        {
            progress?.Report("math");
            pages.Add(("errata", "Errata", MarkdownHtml.ToHtml(htmlMarkdown.Render("errata.md", errataModel)), []));
            pages.Add(("index", SiteTitle, MarkdownHtml.ToHtml(htmlMarkdown.Render("index.md", indexModel)), []));
            var bodies = MarkdownHtml.ReplaceMath(pages.Select(p => (p.Name, p.Html)).ToList(), _math);
            var layout = new HandlebarsTemplateRenderer(_options.TemplatesDirectory, escapeHtml: true);
            var lessonCount = lessons.Count;
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var isLesson = i < lessonCount;
                var nav = links.Select(l => l with { Link = l.Link + ".html", Current = l.Link == page.Name })
                    .Append(new NavLink("Errata", "errata.html", page.Name == "errata")).ToList();
                var model = new
                {
                    page.Title,
                    SiteTitle,
                    Body = bodies[i],
                    Nav = nav,
                    page.Toc,
                    Previous = isLesson && i > 0 ? nav[i - 1] : null,
                    Next = isLesson && i + 1 < lessonCount ? nav[i + 1] : null,
                };
                files[page.Name + ".html"] = layout.Render("page.html", model);
            }

            files["site.css"] = File.ReadAllText(Path.Combine(_options.TemplatesDirectory, "site.css"));
        }

        progress?.Report("write");
        if (whole)
        {
            SiteWriter.Swap(output, files);
        }
        else
        {
            SiteWriter.WriteBeside(output, files);
        }

        return files.Keys.ToList();
    }

    /// <summary>The lesson's file name (without extension): <c>lesson-net-2-2-2</c>.</summary>
    public static string FileName(string id) => "lesson-" + id;

    private sealed record NavLink(string Title, string Link, bool Current);

    private sealed record TocEntry(string Anchor, string Title);
}
