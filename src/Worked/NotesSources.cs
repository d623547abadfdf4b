using System.Text;
using Explainer.Site;

namespace Explainer.Worked;

/// <summary>The five files of the course notes the catalogue cites, embedded from <c>src/Worked/Sources</c> (copies of the notes as given, byte for byte), for the site's source pages.</summary>
public static class NotesSources
{
    /// <summary>The notes' language: study notes in Chinese, with LaTeX and English terms.</summary>
    public const string Language = "zh";

    /// <summary>The notes' file names, in the order of their numbers.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["000_d7f10ccaca41659c.txt", "001_7a5d002ff47c9624.txt", "002_347323eec919df2e.txt", "003_4f5a44f30271cdbb.txt", "004_6c2daff92f291ed4.txt"];

    private static readonly Lazy<IReadOnlyList<SourceDocument>> Loaded = new(() => [.. FileNames.Select(Load)]);

    /// <summary>Gets every file of the notes, read once.</summary>
    public static IReadOnlyList<SourceDocument> All => Loaded.Value;

    private static SourceDocument Load(string file)
    {
        using var stream = typeof(NotesSources).Assembly.GetManifestResourceStream($"Explainer.Worked.Sources.{file}")
            ?? throw new InvalidOperationException($"the notes' file {file} is not embedded in {typeof(NotesSources).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new SourceDocument(file, reader.ReadToEnd(), Language);
    }
}
