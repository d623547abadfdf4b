using System.Globalization;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Networks;
using Explainer.Specs;

namespace Explainer.Courses;

/// <summary>Loads a course project's <c>course.yaml</c>, checked against <c>schemas/course.schema.json</c> and then for its lesson files.</summary>
/// <remarks>
/// The file is read by the spec files' own YAML reader (so every position is exact) and validated against the published
/// schema; then every lesson path must name a file inside the course folder, listed once. All problems are reported at once,
/// each as <c>file:line:column: message</c>; a lesson file that is missing is named at the line that lists it.
/// </remarks>
public static class CourseLoader
{
    /// <summary>The course file's name in its folder.</summary>
    public const string FileName = "course.yaml";

    /// <summary>Gets the JSON Schema every course file is validated against, as published in <c>schemas/course.schema.json</c>.</summary>
    public static string SchemaText => SchemaValidator.Course.Text;

    /// <summary>Whether <paramref name="directory"/> holds a course file.</summary>
    /// <param name="directory">A folder.</param>
    /// <returns>True when <c>DIRECTORY/course.yaml</c> exists.</returns>
    public static bool IsCourse(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return File.Exists(Path.Combine(directory, FileName));
    }

    /// <summary>Reads and loads the course file of a folder.</summary>
    /// <param name="directory">The course folder, as the user gave it; diagnostics name files under it as given.</param>
    /// <returns>The course, or the diagnostics.</returns>
    public static CourseLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var path = Under(directory, FileName);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, $"no such file; `explainer new course {directory}` writes a course that builds as it is");
            }

            if (info.Length > SpecLimits.MaxFileBytes)
            {
                return Failed(path, string.Create(CultureInfo.InvariantCulture, $"the file has {info.Length:N0} bytes; the limit is {SpecLimits.MaxFileBytes:N0} bytes (1 MiB)"));
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, "cannot read the file: " + e.Message.TrimEnd('.'));
        }

        return Parse(text, directory);
    }

    /// <summary>Loads a course file from its text.</summary>
    /// <param name="text">The text of <c>course.yaml</c>.</param>
    /// <param name="directory">The course folder the lesson paths are relative to, as the user gave it.</param>
    /// <returns>The course, or the diagnostics.</returns>
    public static CourseLoadResult Parse(string text, string directory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(directory);
        var fileName = Under(directory, FileName);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var diagnostics = new SpecDiagnostics();
        var root = YamlTreeReader.Read(text, diagnostics);
        if (diagnostics.Incomplete)
        {
            return Result(null, fileName, text, diagnostics);
        }

        if (root is null || root.IsNull || root.Kind != SpecNodeKind.Mapping)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(root?.Span ?? new SourceSpan(0, 0), "a course file is a mapping of keys (title: …, parts: …)");
            }

            return Result(null, fileName, text, diagnostics);
        }

        SchemaValidator.Validate(root, diagnostics, SchemaValidator.Course);
        var folder = Path.GetFullPath(directory);
        var parts = new List<CoursePart>();
        var seen = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        foreach (var part in root.Get("parts")?.Items ?? [])
        {
            var entries = new List<CourseEntry>();
            foreach (var lesson in part.Get("lessons")?.Items ?? [])
            {
                if (!lesson.IsScalar || lesson.IsNull)
                {
                    continue;
                }

                var entry = Entry(lesson, directory, folder, fileName, text, diagnostics);
                if (entry is null)
                {
                    continue;
                }

                if (seen.TryGetValue(entry.FullPath, out var first))
                {
                    diagnostics.Add(lesson, $"{lesson.Text} is listed twice (first at line {Position(text, first).Line}); each lesson appears once");
                    continue;
                }

                seen[entry.FullPath] = lesson;
                entries.Add(entry);
            }

            parts.Add(new CoursePart(Scalar(part.Get("title")) ?? string.Empty, entries));
        }

        int? digits = null;
        if (root.Get("digits") is { IsScalar: true, IsNull: false } digitsNode)
        {
            if (int.TryParse(digitsNode.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                digits = d;
            }
            else
            {
                diagnostics.Add(digitsNode, $"digits: write a whole number of significant digits in plain digits, e.g. 10; got '{digitsNode.Text}'");
            }
        }

        if (diagnostics.Count > 0)
        {
            return Result(null, fileName, text, diagnostics);
        }

        var language = root.Get("language");
        var course = new CourseFile(fileName, folder, Scalar(root.Get("title"))!, parts)
        {
            Author = Scalar(root.Get("author")),
            Languages = language is null ? ["en"] : language.IsScalar ? [language.Text] : [.. language.Items.Select(l => l.Text)],
            Digits = digits,
            BiasPolicy = Scalar(root.Get("bias_policy")) is { } p ? BiasPolicies.Parse(p) : null,
            BaseUrl = Scalar(root.Get("base_url")),
        };
        return Result(course, fileName, text, diagnostics);
    }

    /// <summary>A lesson path checked: inside the course folder, an existing file; null (with a diagnostic) when it is not.</summary>
    private static CourseEntry? Entry(SpecNode lesson, string directory, string folder, string fileName, string text, SpecDiagnostics diagnostics)
    {
        var written = lesson.Text;
        if (Path.IsPathRooted(written))
        {
            diagnostics.Add(lesson, $"{written}: a lesson is a path relative to the course folder, e.g. lessons/intro.yaml");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, written));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Add(lesson, $"{written}: the lesson lies outside the course folder; keep lessons under it, e.g. lessons/intro.yaml");
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(lesson, Directory.Exists(full)
                ? $"{written}: this is a folder, not a lesson file"
                : $"{written}: no such lesson file in {directory}");
            return null;
        }

        var position = Position(text, lesson);
        return new CourseEntry(written, Under(directory, written), full, string.Create(CultureInfo.InvariantCulture, $"{fileName}:{position.Line}:{position.Column}"));
    }

    /// <summary>A path in the course folder as messages name it: under the folder as given, without a leading <c>./</c> for the current folder.</summary>
    private static string Under(string directory, string name) => directory is "." or "./" ? name : Path.Combine(directory, name);

    private static string? Scalar(SpecNode? node) => node is { IsScalar: true, IsNull: false } ? node.Text : null;

    private static SourcePosition Position(string text, SpecNode node) => SourcePosition.FromOffset(text, Math.Min(node.Span.Start, text.Length));

    private static CourseLoadResult Result(CourseFile? course, string fileName, string text, SpecDiagnostics diagnostics)
    {
        var messages = diagnostics.Sorted().Select(d =>
        {
            var position = SourcePosition.FromOffset(text, Math.Min(d.Span.Start, text.Length));
            return string.Create(CultureInfo.InvariantCulture, $"{fileName}:{position.Line}:{position.Column}: {d.Message}");
        }).ToList();
        return new CourseLoadResult(messages.Count == 0 ? course : null, messages);
    }

    private static CourseLoadResult Failed(string fileName, string message) => new(null, [$"{fileName}:1:1: {message}"]);
}
