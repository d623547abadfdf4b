using System.Text;
using System.Text.RegularExpressions;
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
public sealed partial class SiteBuilder
{
    /// <summary>The file that marks a folder as written by Explainer.</summary>
    public const string MarkerFile = ".explainer-site";

    /// <summary>The script that lets a reader check their own numbers on a lesson page, copied from the templates folder.</summary>
    public const string CheckScript = "check.js";

    /// <summary>The script of the search page, ours, copied from the templates folder: it starts Pagefind's UI on the query of the URL.</summary>
    public const string SearchScript = "search.js";

    /// <summary>The page a host serves for a missing page (GitHub Pages, Netlify and most static hosts look for <c>404.html</c>).</summary>
    public const string NotFoundPage = "404";

    /// <summary>The search page, which the search box of every page submits to.</summary>
    public const string SearchPage = "search";

    private const string WorksheetSuffix = ".worksheet";
    private const string SiteTitle = "Backpropagation, worked exactly";
    private const string IndexDescription = "Backpropagation worked step by step with exact arithmetic: every value, every gradient of every weight and bias, every update, with proven digits.";
    private const string ErrataDescription = "Every value the course notes print that the exact engine does not confirm, and the notational slips found on the way.";
    private const string NotFoundDescription = "This page is not part of the course.";
    private const string SearchDescription = "Search every lesson of the course.";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SiteOptions _options;
    private readonly ITemplateRenderer _templates;
    private readonly IMathConverter _math;
    private readonly ISearchIndexer _search;

    /// <summary>Creates a builder rendering the templates of <see cref="SiteOptions.TemplateDirectories"/> with Scriban, formulas with temml.</summary>
    /// <exception cref="TemplateException">The templates folder does not exist.</exception>
    public SiteBuilder(SiteOptions options)
        : this(options, new ScribanTemplateRenderer(options.TemplateDirectories), new TemmlMathConverter(), new PagefindSearchIndexer())
    {
    }

    /// <summary>Creates a builder with its template renderer and its TeX-to-MathML converter.</summary>
    /// <param name="options">What to build, and where.</param>
    /// <param name="templates">Renders <c>lesson.md</c>, <c>worksheet.md</c>, <c>errata.md</c>, <c>index.md</c> and <c>page.html</c>.</param>
    /// <param name="math">Converts the pages' formulas.</param>
    /// <param name="search">Indexes the HTML pages for the search page (unused when <see cref="SiteOptions.Search"/> is off).</param>
    /// <exception cref="ArgumentException"><see cref="SiteOptions.BaseUrl"/> is not an absolute http or https URL.</exception>
    internal SiteBuilder(SiteOptions options, ITemplateRenderer templates, IMathConverter math, ISearchIndexer search)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(math);
        ArgumentNullException.ThrowIfNull(search);
        if (options.BaseUrl is { } baseUrl && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0))
        {
            throw new ArgumentException($"the base URL must be an absolute http or https URL without a query or fragment, such as https://example.org/course/; got '{baseUrl}'", nameof(options));
        }

        _options = options;
        _templates = templates;
        _math = math;
        _search = search;
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

        var files = Render(lessons, errata, progress);

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

    /// <summary>Every file of the site, by relative path, in memory: nothing is written until all of it has rendered.</summary>
    private SortedDictionary<string, byte[]> Render(IReadOnlyList<CourseLesson> lessons, IReadOnlyList<Erratum> errata, IProgress<string>? progress)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Text(string name, string text) => files[name] = Utf8.GetBytes(text);
        var siteTitle = _options.Title ?? SiteTitle;
        var pages = new List<Page>();

        for (var i = 0; i < lessons.Count; i++)
        {
            var course = lessons[i];
            progress?.Report($"lesson {course.Lesson.Id}");
            var name = FileName(course.Lesson.Id);
            var worksheet = WorksheetName(course.Lesson.Id);
            var hasDiagram = course.Diagram.Length > 0;
            if (_options.Markdown)
            {
                // Markdown hosts strip inline SVG, so the Markdown lesson links the diagram as a file; its links are to .md files,
                // and it has its own previous and next links, which the HTML layout gives the HTML pages.
                var diagramFile = hasDiagram ? name + ".svg" : null;
                var pager = new Pager(i > 0 ? Link(lessons[i - 1], ".md") : null, i + 1 < lessons.Count ? Link(lessons[i + 1], ".md") : null);
                Text(name + ".md", _templates.Render("lesson.md", new { course.Lesson, Diagram = (string?)null, DiagramFile = diagramFile, WorksheetLink = worksheet + ".md", Pager = pager }));
                Text(worksheet + ".md", _templates.Render("worksheet.md", new { course.Lesson, LessonLink = name + ".md" }));
                if (hasDiagram)
                {
                    Text(name + ".svg", course.Diagram);
                }
            }

            if (_options.Html)
            {
                var model = new { course.Lesson, Diagram = hasDiagram ? course.Diagram : null, DiagramFile = (string?)null, WorksheetLink = worksheet + ".html", Pager = (Pager?)null };
                var toc = course.Lesson.Sections.Select(s => new TocEntry(s.Anchor, s.Title)).ToList();
                if (course.Lesson.Comparison.Count > 0)
                {
                    toc.Add(new TocEntry("comparison", "Comparison"));
                }

                if (course.Lesson.Checks.Count > 0)
                {
                    toc.Add(new TocEntry("claims", "What the notes print"));
                }

                var markdown = _templates.Render("lesson.md", model);
                pages.Add(new Page(name, course.Lesson.Title, course.Lesson.Summary, MarkdownHtml.ToHtml(markdown), toc, i, AnswerKeyJson.Write(course.Lesson)));
            }
        }

        foreach (var course in _options.Html ? lessons : [])
        {
            var worksheetModel = new { course.Lesson, LessonLink = FileName(course.Lesson.Id) + ".html" };
            var description = "A printable worksheet: " + course.Lesson.Summary;
            pages.Add(new Page(WorksheetName(course.Lesson.Id), "Worksheet: " + course.Lesson.Title, description, MarkdownHtml.ToHtml(_templates.Render("worksheet.md", worksheetModel)), [], null, null));
        }

        var differs = lessons.SelectMany(l => l.Lesson.Checks).Where(c => c.Status == ClaimStatus.Differs).ToList();
        var errataModel = new { Differs = differs, Errata = errata };
        if (_options.Markdown)
        {
            Text("errata.md", _templates.Render("errata.md", errataModel));
            Text("index.md", _templates.Render("index.md", IndexModel(lessons, ".md")));
        }

        if (_options.Html)
        {
            progress?.Report("math");
            pages.Add(new Page("errata", "Errata", ErrataDescription, MarkdownHtml.ToHtml(_templates.Render("errata.md", errataModel)), [], null, null));
            pages.Add(new Page("index", siteTitle, IndexDescription, MarkdownHtml.ToHtml(_templates.Render("index.md", IndexModel(lessons, ".html"))), [], null, null));
            pages.Add(new Page(NotFoundPage, "Page not found", NotFoundDescription, MarkdownHtml.ToHtml(_templates.Render("404.md", new { Home = Url("index.html") ?? "index.html" })), [], null, null));
            if (_options.Search)
            {
                pages.Add(new Page(SearchPage, "Search", SearchDescription, _templates.Render("search.html", new { }), [], null, null));
            }

            var bodies = MarkdownHtml.ReplaceMath(pages.Select(p => (p.Name, p.Html)).ToList(), _math);
            var nav = lessons.Select(l => new NavLink(l.Lesson.Title, FileName(l.Lesson.Id) + ".html", false))
                .Append(new NavLink("Errata", "errata.html", false)).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var file = page.Name + ".html";
                var model = new
                {
                    page.Title,
                    SiteTitle = siteTitle,
                    _options.Language,
                    page.Description,
                    Canonical = page.Name == NotFoundPage ? null : Url(file),
                    Body = bodies[i],
                    Nav = nav.Select(l => l with { Current = l.Link == file }).ToList(),
                    page.Toc,
                    Previous = page.LessonIndex is { } p && p > 0 ? nav[p - 1] : null,
                    Next = page.LessonIndex is { } n && n + 1 < lessons.Count ? nav[n + 1] : null,
                    page.AnswerKey,
                    AnswerKeyId = AnswerKeyJson.ElementId,
                    CheckScript = page.AnswerKey is null ? null : CheckScript,
                    SearchLink = _options.Search ? SearchPage + ".html" : null,
                    SearchScripts = _options.Search && page.Name == SearchPage,
                    Indexed = IsIndexed(page),
                };
                Text(file, _templates.Render("page.html", model));
            }

            if (_options.Search)
            {
                progress?.Report("search index");
                var indexed = pages.Where(IsIndexed)
                    .Select(p => new SearchPage(p.Name + ".html", TexAnnotation().Replace(Utf8.GetString(files[p.Name + ".html"]), string.Empty))).ToList();
                foreach (var (path, bytes) in _search.Index(indexed))
                {
                    files[path] = bytes;
                }
            }

            if (_options.BaseUrl is not null)
            {
                var urls = pages.Where(p => p.Name is not (NotFoundPage or SearchPage)).Select(p => Url(p.Name + ".html")!).Order(StringComparer.Ordinal).ToList();
                Text("sitemap.xml", _templates.Render("sitemap.xml", new { Urls = urls }));
            }
        }

        // A course's assets/ first, then ours; the site's own CSS and scripts from the first asset or template folder that has them.
        string[] ours = _options.Html ? ["site.css", CheckScript, .. _options.Search ? new[] { SearchScript } : []] : [];
        foreach (var (name, path) in SiteAssets.Collect(_options, ours, files.Keys))
        {
            files[name] = File.ReadAllBytes(path);
        }

        return files;
    }

    /// <summary>The TeX source each formula carries for copy and paste: left out of the search index, where it would only repeat the
    /// formula's words as TeX (<c>\\frac</c>, <c>\\left(</c>); the formula's own text (its symbols and numbers) is indexed.</summary>
    [GeneratedRegex(@"<annotation encoding=""application/x-tex"">.*?</annotation>", RegexOptions.Singleline)]
    private static partial Regex TexAnnotation();

    /// <summary>Whether search finds <paramref name="page"/>: the lessons, the index and the errata; not the worksheets (blanks, which would
    /// outrank their own lessons), the search page or the 404 page.</summary>
    private static bool IsIndexed(Page page) => page.Name is not (NotFoundPage or SearchPage) && !page.Name.EndsWith(WorksheetSuffix, StringComparison.Ordinal);

    /// <summary>The index page's model, its links ending in <paramref name="extension"/>.</summary>
    private object IndexModel(IReadOnlyList<CourseLesson> lessons, string extension) => new
    {
        Title = _options.Title ?? SiteTitle,
        _options.Author,
        Lessons = lessons.Select((l, i) => new
        {
            PartHeading = l.Part is { } part && (i == 0 || lessons[i - 1].Part != part) ? part : null,
            l.Lesson.Title,
            l.Lesson.Summary,
            Link = FileName(l.Lesson.Id) + extension,
            WorksheetLink = WorksheetName(l.Lesson.Id) + extension,
        }).ToList(),
        ErrataLink = "errata" + extension,
    };

    private static NavLink Link(CourseLesson lesson, string extension) => new(lesson.Lesson.Title, FileName(lesson.Lesson.Id) + extension, false);

    /// <summary>The absolute URL of a page of the site under <see cref="SiteOptions.BaseUrl"/>, or null when no base URL is set.</summary>
    private string? Url(string file) => _options.BaseUrl is { } b ? b.TrimEnd('/') + "/" + file : null;

    /// <summary>The lesson's file name (without extension): <c>lesson-net-2-2-2</c>.</summary>
    public static string FileName(string id) => "lesson-" + id;

    /// <summary>The lesson's worksheet's file name (without extension): <c>lesson-net-2-2-2.worksheet</c>.</summary>
    public static string WorksheetName(string id) => FileName(id) + WorksheetSuffix;

    private sealed record NavLink(string Title, string Link, bool Current);

    /// <summary>A Markdown lesson's links to the lessons before and after it (null at either end).</summary>
    private sealed record Pager(NavLink? Previous, NavLink? Next);

    private sealed record TocEntry(string Anchor, string Title);

    /// <summary>An HTML page before its layout: its description (the meta tag search engines show), its body, its table of contents, its place among the lessons (null for other pages) and its answers' JSON (null for none).</summary>
    private sealed record Page(string Name, string Title, string Description, string Html, IReadOnlyList<TocEntry> Toc, int? LessonIndex, string? AnswerKey);
}
