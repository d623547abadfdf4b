using Explainer.Checking;
using Explainer.Courses;
using Explainer.Networks;
using Explainer.Site;
using Explainer.Specs;

namespace Explainer.Worked;

/// <summary>A course project: its <c>course.yaml</c> and the worked example of every lesson it lists, loaded and checked.</summary>
public sealed class CourseProject
{
    /// <summary>The digits of a course that names none and is built without <c>--digits</c>.</summary>
    public const int DefaultDigits = 10;

    /// <summary>A course's folder of the files its claims cite, each shown as a page of numbered lines (its files, not its subfolders).</summary>
    public const string SourcesFolder = "sources";

    /// <summary>The largest source file a course may bring.</summary>
    public const int MaxSourceBytes = 4 << 20;

    private CourseProject(CourseFile course, IReadOnlyList<(CoursePart Part, WorkedExample Example)> lessons, IReadOnlyList<SourceDocument> sources)
    {
        Course = course;
        Examples = lessons;
        Sources = sources;
    }

    /// <summary>Gets the course file.</summary>
    public CourseFile Course { get; }

    /// <summary>Gets every lesson's worked example with its part, in reading order.</summary>
    public IReadOnlyList<(CoursePart Part, WorkedExample Example)> Examples { get; }

    /// <summary>Gets the files of the course's <c>sources/</c> folder, in the order of their names, in the course's first language.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>Gets the slips the lessons' spec files list, in reading order.</summary>
    public IReadOnlyList<Erratum> Errata => [.. Examples.SelectMany(e => e.Example.Errata)];

    /// <summary>Loads the course file of <paramref name="directory"/> and every spec file it lists.</summary>
    /// <param name="directory">The course folder, as the user gave it.</param>
    /// <returns>The project.</returns>
    /// <exception cref="SpecFileException">The course file or a lesson's spec did not load, or two lessons share an id: every problem of
    /// every file, each as <c>file:line:column: message</c>.</exception>
    public static CourseProject Load(string directory)
    {
        var loaded = CourseLoader.Load(directory);
        if (!loaded.Succeeded)
        {
            throw new SpecFileException(loaded.Messages);
        }

        var course = loaded.Course!;
        var messages = new List<string>();
        var lessons = new List<(CoursePart, WorkedExample)>();
        var ids = new Dictionary<string, CourseEntry>(StringComparer.Ordinal);
        foreach (var part in course.Parts)
        {
            foreach (var entry in part.Lessons)
            {
                var spec = SpecLoader.Load(entry.DisplayPath);
                if (!spec.Succeeded)
                {
                    messages.AddRange(spec.Messages);
                    continue;
                }

                var example = SpecExamples.FromLoaded(spec);
                if (ids.TryGetValue(example.Id, out var first))
                {
                    messages.Add($"{entry.Location}: {entry.Path} has the id '{example.Id}', as {first.Path} does; give each lesson its own id (its pages are named after it)");
                    continue;
                }

                ids[example.Id] = entry;
                lessons.Add((part, example));
            }
        }

        var sources = LoadSources(directory, course.Languages[0], messages);
        return messages.Count > 0 ? throw new SpecFileException(messages) : new CourseProject(course, lessons, sources);
    }

    /// <summary>The files of <paramref name="directory"/>'s <c>sources/</c> folder (none without one), hidden files left out; a file too
    /// large, or two whose pages would share a name, is a message.</summary>
    private static List<SourceDocument> LoadSources(string directory, string language, List<string> messages)
    {
        var folder = Path.Combine(directory, SourcesFolder);
        var sources = new List<SourceDocument>();
        if (!Directory.Exists(folder))
        {
            return sources;
        }

        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var shown = Path.Combine(directory, SourcesFolder, name);
            if (new FileInfo(path).Length > MaxSourceBytes)
            {
                messages.Add($"{shown}: a source file is at most {MaxSourceBytes >> 20} MiB; cite a shorter excerpt");
                continue;
            }

            var page = SourceDocument.PageNameOf(name);
            if (pages.TryGetValue(page, out var other))
            {
                messages.Add($"{shown}: its page would be {page}.html, as {other}'s is; rename one of them");
                continue;
            }

            pages[page] = name;
            sources.Add(new SourceDocument(name, File.ReadAllText(path, System.Text.Encoding.UTF8), language));
        }

        return sources;
    }

    /// <summary>Builds every lesson, each with the title of its part.</summary>
    /// <param name="digits">Significant digits of every value; null for the course's own, or <see cref="DefaultDigits"/>.</param>
    /// <param name="policy">The bias policy of every network lesson; null for the course's own, or each spec's.</param>
    /// <param name="diagrams">Whether to draw each lesson's graph.</param>
    /// <returns>The lessons in reading order.</returns>
    public IReadOnlyList<CourseLesson> Lessons(int? digits = null, BiasPolicy? policy = null, bool diagrams = true)
    {
        var d = digits ?? Course.Digits ?? DefaultDigits;
        var p = policy ?? Course.BiasPolicy;
        return [.. Examples.Select(e => CourseLessons.Of(e.Example, new Numbers.DisplayOptions(d), p, diagrams) with { Part = e.Part.Title })];
    }
}
