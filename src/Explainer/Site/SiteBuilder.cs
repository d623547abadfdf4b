using System.Text;
using System.Text.RegularExpressions;
using Explainer.Checking;
using Explainer.Rendering;
using Explainer.Rendering.Views;
using Explainer.Strings;

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

    /// <summary>The page a host serves for a missing page (GitHub Pages, Netlify and most static hosts look for <c>404.html</c>), in the first language.</summary>
    public const string NotFoundPage = "404";

    /// <summary>The search page of each language, which the search box of every page submits to.</summary>
    public const string SearchPage = "search";

    private const string WorksheetSuffix = ".worksheet";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SiteOptions _options;
    private readonly ITemplateRenderer _templates;
    private readonly IMathConverter _math;
    private readonly ISearchIndexer _search;

    /// <summary>Creates a builder rendering the templates of <see cref="SiteOptions.TemplateDirectories"/> with Scriban, formulas with temml, the search index with Pagefind.</summary>
    /// <exception cref="TemplateException">The templates folder does not exist.</exception>
    /// <exception cref="ArgumentException"><see cref="SiteOptions.BaseUrl"/> is not an absolute http or https URL.</exception>
    public SiteBuilder(SiteOptions options)
        : this(options, new ScribanTemplateRenderer(options.TemplateDirectories), new TemmlMathConverter(), new PagefindSearchIndexer())
    {
    }

    /// <summary>Creates a builder with its template renderer and its TeX-to-MathML converter.</summary>
    /// <param name="options">What to build, and where.</param>
    /// <param name="templates">Renders <c>lesson.md</c>, <c>worksheet.md</c>, <c>errata.md</c>, <c>index.md</c> and <c>page.html</c>, and reads the string tables.</param>
    /// <param name="math">Converts the pages' formulas.</param>
    /// <param name="search">Indexes the HTML pages for the search pages (unused when <see cref="SiteOptions.Search"/> is off).</param>
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
    /// <remarks>
    /// Every language of <see cref="SiteOptions.Languages"/> is rendered from the same lessons into one set of files, swapped in
    /// once: the first at the site's root, each other in a folder named after it (<c>zh-CN/</c>), each page linking to itself in
    /// the others.
    /// </remarks>
    /// <exception cref="IOException">The output folder is one Explainer never builds into, holds files Explainer did not write
    /// (without <see cref="SiteOptions.Force"/>), or another build is writing it.</exception>
    /// <exception cref="TemplateException">A template fails, or a string table is missing or lacks a key.</exception>
    public IReadOnlyList<string> Build(IReadOnlyList<CourseLesson> lessons, IReadOnlyList<Erratum> errata, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(errata);
        var languages = Languages(_options.Languages);
        var tables = languages.Select(_templates.Strings).ToList();
        var output = SiteFolder.Resolve(_options.OutputDirectory, _options.TemplatesDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using var guard = SiteLock.Take(output);
        SiteWriter.Recover(output);
        var whole = SiteWriter.IsOurs(output, _options.Force);

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var pages = new List<Page>();
        for (var l = 0; l < languages.Count; l++)
        {
            progress?.Report($"language {languages[l]}");
            Render(lessons, errata, tables, l, files, pages, progress);
        }

        if (_options.Html)
        {
            progress?.Report("math");
            var bodies = MarkdownHtml.ReplaceMath(pages.Select(p => (p.Path, p.Html, p.Strings["site.equation"])).ToList(), _math);
            var indexed = new List<SearchPage>();
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var html = _templates.Render("page.html", page.Model(bodies[i], Url(page.Path), _options.Search), page.Strings);
                files[page.Path] = Utf8.GetBytes(html);
                if (_options.Search && page.Indexed)
                {
                    indexed.Add(new SearchPage(page.Path, TexAnnotation().Replace(html, string.Empty)));
                }
            }

            if (_options.Search)
            {
                progress?.Report("search index");
                foreach (var (path, bytes) in _search.Index(indexed))
                {
                    files[path] = bytes;
                }
            }

            if (_options.BaseUrl is not null)
            {
                var urls = pages.Where(p => p.Listed).Select(p => Url(p.Path)!).Order(StringComparer.Ordinal).ToList();
                files["sitemap.xml"] = Utf8.GetBytes(_templates.Render("sitemap.xml", new { Urls = urls }, tables[0]));
            }
        }

        // A course's assets/ first, then ours; the site's own CSS and scripts from the first asset or template folder that has them.
        string[] ours = _options.Html ? ["site.css", CheckScript, .. _options.Search ? new[] { SearchScript } : []] : [];
        foreach (var (name, path) in SiteAssets.Collect(_options, ours, files.Keys))
        {
            files[name] = File.ReadAllBytes(path);
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

    /// <summary>Writes a lesson's figures as files of their own, for the Markdown lesson (Markdown hosts strip inline SVG): the graph, the network, the plots.</summary>
    private static void FigureFiles(CourseLesson course, string name, Action<string, string> text)
    {
        if (course.Diagram.Length > 0)
        {
            text(name + ".svg", course.Diagram);
        }

        if (course.Figures?.NetworkAcross is { } network)
        {
            text(name + "-network.svg", network);
        }

        foreach (var plot in course.Figures?.Plots ?? [])
        {
            text($"{name}-plot-{plot.Anchor}.svg", plot.Svg);
        }
    }

    /// <summary>The TeX source each formula carries for copy and paste: left out of the search index, where it would only repeat the
    /// formula's words as TeX (<c>\\frac</c>, <c>\\left(</c>); the formula's own text (its symbols and numbers) is indexed.</summary>
    [GeneratedRegex(@"<annotation encoding=""application/x-tex"">.*?</annotation>", RegexOptions.Singleline)]
    private static partial Regex TexAnnotation();

    /// <summary>The absolute URL of a page of the site under <see cref="SiteOptions.BaseUrl"/>, or null when no base URL is set.</summary>
    /// <summary>A page's body: its Markdown as HTML, each table in a named region that scrolls (the page's language names it).</summary>
    private static string BodyHtml(string markdown, StringTable strings) => MarkdownHtml.ToHtml(markdown, strings["site.table"]);

    private string? Url(string file) => _options.BaseUrl is { } b ? b.TrimEnd('/') + "/" + file : null;

    /// <summary>The folder of a language inside the site: the root for the first, <c>zh-CN/</c> for the others.</summary>
    public static string LanguageFolder(IReadOnlyList<string> languages, string language)
    {
        ArgumentNullException.ThrowIfNull(languages);
        return languages.Count == 0 || languages[0] == language ? string.Empty : language + "/";
    }

    /// <summary>The languages to build: the options' list, checked.</summary>
    /// <exception cref="ArgumentException">The list is empty, names a language twice, or a language is no BCP 47-like tag.</exception>
    private static List<string> Languages(IReadOnlyList<string> languages)
    {
        if (languages.Count == 0)
        {
            throw new ArgumentException("a site needs at least one language");
        }

        var bad = languages.FirstOrDefault(l => l.Length == 0 || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
        if (bad is not null)
        {
            throw new ArgumentException($"'{bad}' is not a language tag such as en or zh-CN");
        }

        var twice = languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? [.. languages] : throw new ArgumentException($"the language {twice.Key} is given twice");
    }

    /// <summary>Renders every page of one language: its Markdown files into <paramref name="files"/>, its HTML bodies into <paramref name="pages"/>.</summary>
    private void Render(IReadOnlyList<CourseLesson> lessons, IReadOnlyList<Erratum> errata, List<StringTable> tables, int index, SortedDictionary<string, byte[]> files, List<Page> pages, IProgress<string>? progress)
    {
        var strings = tables[index];
        var languages = tables.Select(t => t.Language).ToList();
        var folder = LanguageFolder(languages, strings.Language);
        var siteTitle = _options.Title ?? strings["site.title"];
        void Text(string name, string text) => files[folder + name] = Utf8.GetBytes(text);
        var citations = Citations(lessons);
        var views = lessons.Select(l => LessonView.Of(l.Lesson, strings, citations)).ToList();
        var links = views.Select(v => new NavLink(v.Title, FileName(v.Id), false)).ToList();
        var mine = new List<Page>();
        Page Add(string name, string title, string description, string html, IReadOnlyList<TocEntry> toc, int? lessonIndex, string? answerKey)
        {
            // The 404 page exists in the first language only (hosts serve the root's), so it has no language switch.
            var page = new Page(folder, name, title, description, html, toc, lessonIndex, answerKey, strings, siteTitle, links, name == NotFoundPage ? [] : Switch(tables, strings.Language, name));
            mine.Add(page);
            return page;
        }

        for (var i = 0; i < lessons.Count; i++)
        {
            var course = lessons[i];
            var view = views[i];
            progress?.Report($"lesson {view.Id} ({strings.Language})");
            var name = FileName(view.Id);
            var worksheet = WorksheetName(view.Id);
            var hasDiagram = course.Diagram.Length > 0;
            if (_options.Markdown)
            {
                // Markdown hosts strip inline SVG, so the Markdown lesson links the diagram as a file; its links are to .md files,
                // and it has its own previous and next links, which the HTML layout gives the HTML pages.
                var diagramFile = hasDiagram ? name + ".svg" : null;
                var pager = new Pager(i > 0 ? links[i - 1] with { Link = links[i - 1].Link + ".md" } : null, i + 1 < lessons.Count ? links[i + 1] with { Link = links[i + 1].Link + ".md" } : null);
                Text(name + ".md", _templates.Render("lesson.md", new LessonPageModel(view, worksheet + ".md", ".md") { DiagramFile = diagramFile, Figures = course.Figures, FigureFiles = name + "-", Pager = pager }, strings));
                Text(worksheet + ".md", _templates.Render("worksheet.md", new { Lesson = view, LessonLink = name + ".md" }, strings));
                FigureFiles(course, name, Text);
            }

            if (!_options.Html)
            {
                continue;
            }

            // A lesson with a network figure shows its computation graph as a thumbnail of the graph's own file, which opens at full size.
            var graphFile = hasDiagram && course.Figures?.NetworkAcross is not null ? name + ".svg" : null;
            if (graphFile is not null)
            {
                Text(graphFile, course.Diagram);
            }

            var model = new LessonPageModel(view, worksheet + ".html", ".html") { Diagram = hasDiagram ? course.Diagram : null, Figures = course.Figures, GraphFile = graphFile };
            var toc = view.Sections.Select(s => new TocEntry(s.Anchor, s.Title)).ToList();
            if (view.Comparison.Count > 0)
            {
                toc.Add(new TocEntry("comparison", strings["lesson.comparison"]));
            }

            if (view.Checks.Count > 0)
            {
                toc.Add(new TocEntry("claims", strings["lesson.claims"]));
            }

            Add(name, view.Title, view.Summary, BodyHtml(_templates.Render("lesson.md", model, strings), strings), toc, i, AnswerKeyJson.Write(course.Lesson, strings));
        }

        if (_options.Html)
        {
            foreach (var view in views)
            {
                var worksheetModel = new { Lesson = view, LessonLink = FileName(view.Id) + ".html" };
                Add(WorksheetName(view.Id), strings.Format("worksheet.title", new Dictionary<string, string> { ["title"] = view.Title }), strings.Format("description.worksheet", new Dictionary<string, string> { ["summary"] = view.Summary }), BodyHtml(_templates.Render("worksheet.md", worksheetModel, strings), strings), [], null, null);
            }
        }

        var display = lessons.Count > 0 ? lessons[0].Lesson.Display : Numbers.DisplayOptions.Default;
        var differs = lessons.SelectMany(l => l.Lesson.Checks).Where(c => c.Status == ClaimStatus.Differs).Select(c => ClaimView.Of(c, strings, display, citations)).ToList();
        var titles = views.ToDictionary(v => FileName(v.Id), v => v.Title, StringComparer.Ordinal);
        differs = [.. differs.Select(c => c.StepLink is { } lesson ? c with { StepTitle = titles[lesson] } : c)];
        var slips = ErratumView.Of(errata, citations);
        object ErrataModel(string extension) => new { Differs = differs, Errata = slips, LinkExtension = extension };
        var sources = SourcePages(views, slips, strings);
        object IndexModel(string extension) => new
        {
            Title = siteTitle,
            _options.Author,
            Lessons = views.Select((v, i) => new
            {
                PartHeading = lessons[i].Part is { } part && (i == 0 || lessons[i - 1].Part != part) ? part : null,
                v.Title,
                v.Summary,
                Link = FileName(v.Id) + extension,
                WorksheetLink = WorksheetName(v.Id) + extension,
            }).ToList(),
            ErrataLink = "errata" + extension,
            Sources = sources.Select(s => new { s.FileName, Link = SourceDocument.PageNameOf(s.FileName) + extension, Lines = s.LineCount, s.Checked, s.Differs }).ToList(),
        };
        if (_options.Markdown)
        {
            Text("errata.md", _templates.Render("errata.md", ErrataModel(".md"), strings));
            Text("index.md", _templates.Render("index.md", IndexModel(".md"), strings));
        }

        RenderSources(sources, strings, Text, (name, title, description, html, toc) => Add(name, title, description, html, toc, null, null));
        if (_options.Html)
        {
            var root = folder.Length == 0 ? string.Empty : "../";
            Add("errata", strings["site.errata"], strings["description.errata"], BodyHtml(_templates.Render("errata.md", ErrataModel(".html"), strings), strings), [], null, null);
            Add("index", siteTitle, strings["description.index"], BodyHtml(_templates.Render("index.md", IndexModel(".html"), strings), strings), [], null, null);
            if (index == 0)
            {
                // Hosts serve the root's 404.html for a missing page at any depth, so its link home is absolute when it can be.
                var home = Url("index.html") ?? "index.html";
                Add(NotFoundPage, strings["notfound.title"], strings["description.notfound"], BodyHtml(_templates.Render("404.md", new { Home = home }, strings), strings), [], null, null);
            }

            if (_options.Search)
            {
                Add(SearchPage, strings["search.title"], strings["description.search"], _templates.Render("search.html", new { Root = root }, strings), [], null, null);
            }

            pages.AddRange(mine);
        }
    }

    /// <summary>The links from page <paramref name="name"/> in <paramref name="current"/> to the same page in every language, the current one marked; empty for a site of one language.</summary>
    private static List<LanguageLink> Switch(List<StringTable> tables, string current, string name)
    {
        if (tables.Count < 2)
        {
            return [];
        }

        var languages = tables.Select(t => t.Language).ToList();
        var up = LanguageFolder(languages, current).Length == 0 ? string.Empty : "../";
        return [.. tables.Select(t => new LanguageLink(t.Language, t["language.name"], up + LanguageFolder(languages, t.Language) + name + ".html", t.Language == current))];
    }

    /// <summary>The lesson's file name (without extension): <c>lesson-net-2-2-2</c>.</summary>
    public static string FileName(string id) => "lesson-" + id;

    /// <summary>The lesson's worksheet's file name (without extension): <c>lesson-net-2-2-2.worksheet</c>.</summary>
    public static string WorksheetName(string id) => FileName(id) + WorksheetSuffix;

    private sealed record NavLink(string Title, string Link, bool Current);

    /// <summary>A Markdown lesson's links to the lessons before and after it (null at either end).</summary>
    private sealed record Pager(NavLink? Previous, NavLink? Next);

    private sealed record TocEntry(string Anchor, string Title);

    private sealed record LanguageLink(string Language, string Name, string Link, bool Current);

    /// <summary>An HTML page before its layout: its language's folder and table, its description (the meta tag search engines show), its body, its table of contents, its place among the lessons (null for other pages), its answers' JSON (null for none), the lessons' links and its language switch.</summary>
    private sealed record Page(string Folder, string Name, string Title, string Description, string Html, IReadOnlyList<TocEntry> Toc, int? LessonIndex, string? AnswerKey, StringTable Strings, string SiteTitle, IReadOnlyList<NavLink> Links, IReadOnlyList<LanguageLink> Languages)
    {
        /// <summary>Gets the page's path in the site: <c>zh-CN/lesson-net-2-2-2.html</c>.</summary>
        public string Path => Folder + Name + ".html";

        /// <summary>Gets whether the sitemap lists the page: every page but the search pages and the 404 page.</summary>
        public bool Listed => Name is not (NotFoundPage or SearchPage);

        /// <summary>Gets whether search finds the page: the listed pages but the worksheets (blanks, which would outrank their own lessons).</summary>
        public bool Indexed => Listed && !Name.EndsWith(WorksheetSuffix, StringComparison.Ordinal);

        /// <summary>The model of <c>page.html</c> with the page's body, its formulas now MathML, its canonical URL (or null) and whether the site has search.</summary>
        public object Model(string body, string? canonical, bool search)
        {
            var nav = Links.Select(l => l with { Link = l.Link + ".html", Current = l.Link == Name })
                .Append(new NavLink(Strings["site.errata"], "errata.html", Name == "errata")).ToList();
            var lessonCount = Links.Count;
            return new
            {
                Title,
                SiteTitle,
                Strings.Language,
                Description,
                Canonical = Name == NotFoundPage ? null : canonical,
                SearchLink = search ? SearchPage + ".html" : null,
                SearchScripts = search && Name == SearchPage,
                SearchScript,
                Indexed,
                Root = Folder.Length == 0 ? string.Empty : "../",
                Languages,
                Body = body,
                Nav = nav,
                Toc,
                Previous = LessonIndex is { } p && p > 0 ? nav[p - 1] : null,
                Next = LessonIndex is { } n && n + 1 < lessonCount ? nav[n + 1] : null,
                AnswerKey,
                AnswerKeyId = AnswerKeyJson.ElementId,
                CheckScript = AnswerKey is null ? null : CheckScript,
            };
        }
    }
}
