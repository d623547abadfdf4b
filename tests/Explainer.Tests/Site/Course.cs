using Explainer.Checking;
using Explainer.Lessons;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Worked;

namespace Explainer.Tests.Site;

/// <summary>The course as <c>explainer build</c> assembles it, and helpers to build it into a folder.</summary>
internal static class Course
{
    public const int Digits = 10;

    /// <summary>The ids of the catalogue, in course order.</summary>
    public static readonly string[] Ids = ["linear-chain", "j-graph", "logistic-graph", "and-neuron", "net-2-2-2"];

    public static IReadOnlyList<CourseLesson> Lessons()
        => CourseLessons.All(Digits, diagrams: false);

    public static IReadOnlyList<Erratum> Errata() => Catalogue.Errata;

    public static string Templates => RepositoryPaths.Templates();

    /// <summary>Builds the whole course into <paramref name="output"/>.</summary>
    public static IReadOnlyList<string> Build(string output, bool markdown = true, bool html = true, bool force = false, string? templates = null, IReadOnlyList<string>? languages = null)
        => new SiteBuilder(new SiteOptions(output, templates ?? Templates, markdown, html, force) { Languages = languages ?? ["en"], Sources = Sources() }).Build(Lessons(), Errata());

    /// <summary>The notes' five files, as <c>explainer build</c> shows them.</summary>
    public static IReadOnlyList<SourceDocument> Sources() => NotesSources.All;

    /// <summary>Every file under <paramref name="folder"/> (relative path, bytes), in ordinal order.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
        }

        return files;
    }

    /// <summary>The names of the files that differ between two snapshots, or are in only one.</summary>
    public static IEnumerable<string> Differences(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
        => expected.Keys.Union(actual.Keys, StringComparer.Ordinal)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || !e.AsSpan().SequenceEqual(a));

    /// <summary>The repository's root: the folder above <c>tests/Explainer.Tests</c>.</summary>
    public static string RepositoryRoot()
        => Path.GetFullPath(Path.Combine(RepositoryPaths.Find(Path.Combine("tests", "Explainer.Tests"), "Explainer.Tests.csproj"), "..", ".."));
}
