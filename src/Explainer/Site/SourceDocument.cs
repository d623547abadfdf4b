using System.Text;

namespace Explainer.Site;

/// <summary>A file that a course's claims cite (<c>001_7a5d002ff47c9624.txt:629</c>), shown on the site as a page of numbered lines.</summary>
/// <param name="FileName">The file's name, as citations name it.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Language">The language the text is written in (<c>zh</c> for the notes), which its page marks on the text.</param>
public sealed record SourceDocument(string FileName, string Text, string Language)
{
    /// <summary>The prefix of a source page's name: <c>source-001_7a5d002ff47c9624</c>.</summary>
    public const string PagePrefix = "source-";

    /// <summary>Gets the name (without extension) of the file's page: <c>source-</c> and the file's name without its extension,
    /// every character but ASCII letters, digits, <c>_</c> and <c>-</c> as <c>-</c>.</summary>
    public string PageName => PageNameOf(FileName);

    /// <summary>Gets the file's lines: split at <c>\n</c>, <c>\r\n</c> or <c>\r</c>; a final line break ends the last line rather than starting an empty one.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = Text.ReplaceLineEndings("\n").Split('\n');
            return lines.Length > 1 && lines[^1].Length == 0 ? lines[..^1] : lines;
        }
    }

    /// <summary>The page name of a source file of that name; see <see cref="PageName"/>.</summary>
    public static string PageNameOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetExtension(fileName).Length < fileName.Length ? Path.GetFileNameWithoutExtension(fileName) : fileName;
        var slug = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-');
        }

        return PagePrefix + (slug.Length == 0 ? "file" : slug.ToString());
    }

    /// <summary>The anchor of a line on its page: <c>L629</c>.</summary>
    public static string LineAnchor(int line) => "L" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
