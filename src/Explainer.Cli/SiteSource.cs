using Explainer.Checking;
using Explainer.Courses;
using Explainer.Networks;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Worked;

namespace Explainer.Cli;

/// <summary>What <c>build</c> and <c>serve</c> build: a course project's folder, or the notes' own course.</summary>
/// <param name="CourseDirectory">The course folder as the user gave it, or null for the notes' own course.</param>
internal sealed record SiteSource(string? CourseDirectory)
{
    /// <summary>The folder a course is built into unless <c>--out</c> says otherwise, inside the course folder.</summary>
    public const string DefaultOutput = "site";

    /// <summary>The languages the notes' own course is built in: English at the root, Chinese (the notes' own language) in zh-CN/.</summary>
    public static readonly IReadOnlyList<string> NotesLanguages = ["en", "zh-CN"];

    /// <summary>A course's folder of templates that override ours.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>A course's folder of files copied into the site, overriding ours.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>Decides what to build: <paramref name="directory"/>'s course; without one, the current folder's course if it has a
    /// <c>course.yaml</c>, else the notes' own course.</summary>
    /// <exception cref="IOException">The folder does not exist, or has no course file.</exception>
    public static SiteSource Find(string? directory)
    {
        if (directory is null)
        {
            return new SiteSource(CourseLoader.IsCourse(Directory.GetCurrentDirectory()) ? "." : null);
        }

        if (!Directory.Exists(directory))
        {
            throw new IOException(File.Exists(directory)
                ? $"{directory} is a file; give the course's folder (the one that holds {CourseLoader.FileName})"
                : $"no such folder '{directory}'; `explainer new course {directory}` writes a course there");
        }

        return CourseLoader.IsCourse(directory)
            ? new SiteSource(directory)
            : throw new IOException($"{directory} has no {CourseLoader.FileName}; `explainer new course DIR` writes a course, and `explainer build` without a folder builds the notes' own course");
    }

    /// <summary>Gets the folders whose changes call for a rebuild: the course folder (its course file, lessons, templates and assets) and our templates.</summary>
    public IReadOnlyList<string> WatchedDirectories => CourseDirectory is null
        ? [RepositoryPaths.Templates()]
        : [Path.GetFullPath(CourseDirectory), RepositoryPaths.Templates()];

    /// <summary>Loads everything a build needs: the course file and its lessons (every problem of every file at once), or the notes' catalogue.</summary>
    /// <param name="output">The site folder; null for the default (<c>DIR/site</c> for a course, <c>site</c> otherwise).</param>
    /// <param name="digits">Significant digits; null for the course's own (or 10).</param>
    /// <param name="policy">The bias policy of every network lesson; null for the course's own (or each spec's).</param>
    /// <param name="markdown">Whether to write Markdown.</param>
    /// <param name="html">Whether to write HTML.</param>
    /// <param name="force">Whether to write beside files explainer did not write.</param>
    /// <param name="languages">The languages to build, the first at the root; null for the course's own (the notes' course: English and Chinese).</param>
    /// <exception cref="SpecFileException">The course file or a lesson does not load.</exception>
    /// <exception cref="IOException"><paramref name="output"/> would hold the course folder.</exception>
    public SiteBuild Load(string? output, int? digits, BiasPolicy? policy, bool markdown, bool html, bool force, IReadOnlyList<string>? languages = null)
    {
        var templates = RepositoryPaths.Templates();
        if (CourseDirectory is null)
        {
            var notes = new SiteOptions(output ?? DefaultOutput, templates, markdown, html, force) { Languages = languages ?? NotesLanguages, Sources = NotesSources.All };
            return new SiteBuild(notes, CourseLessons.All(digits ?? CourseProject.DefaultDigits, policy: policy), Catalogue.Errata);
        }

        var course = Path.GetFullPath(CourseDirectory);
        var site = output ?? Path.Combine(CourseDirectory, DefaultOutput);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site));
        if (full == course || course.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new IOException($"--out {site} would hold the course folder {CourseDirectory}; build into a folder inside it or beside it, such as {Path.Combine(CourseDirectory, DefaultOutput)}");
        }

        var project = CourseProject.Load(CourseDirectory);
        var own = Path.Combine(course, TemplatesFolder);
        var assets = Path.Combine(course, AssetsFolder);
        var options = new SiteOptions(site, templates, markdown, html, force)
        {
            Title = project.Course.Title,
            Author = project.Course.Author,
            BaseUrl = project.Course.BaseUrl,
            Languages = languages ?? project.Course.Languages,
            TemplateDirectories = Directory.Exists(own) ? [own, templates] : [templates],
            AssetDirectories = Directory.Exists(assets) ? [assets] : [],
            Sources = project.Sources,
        };
        return new SiteBuild(options, project.Lessons(digits, policy), project.Errata);
    }
}

/// <summary>A build ready to run: where and how, the lessons and the errata.</summary>
/// <param name="Options">The site's options.</param>
/// <param name="Lessons">The lessons in reading order.</param>
/// <param name="Errata">The errata page's slips.</param>
internal sealed record SiteBuild(SiteOptions Options, IReadOnlyList<CourseLesson> Lessons, IReadOnlyList<Erratum> Errata);
