using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Numbers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Strings;

/// <summary>The words of one language: every UI string and every sentence the engine means (<see cref="Message"/>), by key, with named placeholders <c>%{name}</c>.</summary>
/// <remarks>
/// <para>
/// A table is the file <c>strings/LANGUAGE.yaml</c> of a templates folder (<c>templates/strings/en.yaml</c>,
/// <c>templates/strings/zh-CN.yaml</c>): a YAML mapping whose nested keys are joined with dots (<c>lesson: {setting: …}</c> is
/// the key <c>lesson.setting</c>), every value a string. Tables are read from the same ordered folders as the templates, last
/// first, so a course's own <c>strings/zh-CN.yaml</c> overrides single strings of ours and inherits the rest.
/// </para>
/// <para>
/// Placeholders are <c>%{name}</c>, not <c>{name}</c>, because the sentences carry TeX, whose braces would otherwise be taken
/// for placeholders. A key that is missing is an error naming the key and the language, never an empty string or the key.
/// </para>
/// </remarks>
public sealed partial class StringTable
{
    /// <summary>The folder, inside a templates folder, of the string tables.</summary>
    public const string Folder = "strings";

    /// <summary>The language of the notes' own course and the first of every site unless told otherwise.</summary>
    public const string English = "en";

    /// <summary>Simplified Chinese, the language of the notes.</summary>
    public const string Chinese = "zh-CN";

    private static readonly Dictionary<string, StringTable> BuiltIns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entries;

    private StringTable(string language, Dictionary<string, string> entries)
    {
        Language = language;
        _entries = entries;
    }

    /// <summary>Gets the language, a BCP 47 tag such as <c>en</c> or <c>zh-CN</c>.</summary>
    public string Language { get; }

    /// <summary>Gets every key, in ordinal order.</summary>
    public IReadOnlyList<string> Keys => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the text of <paramref name="key"/>, placeholders unfilled.</summary>
    /// <exception cref="Rendering.TemplateException">The table has no such key; the message names the key and the language.</exception>
    public string this[string key] => _entries.TryGetValue(key, out var text)
        ? text
        : throw new Rendering.TemplateException($"the string '{key}' is missing from the {Language} string table ({Folder}/{Language}.yaml)");

    /// <summary>Whether the table has <paramref name="key"/>.</summary>
    public bool Contains(string key) => _entries.ContainsKey(key);

    /// <summary>The names of the placeholders of <paramref name="key"/>'s text, in ordinal order, each once.</summary>
    public IReadOnlyList<string> Placeholders(string key) => [.. Placeholder().Matches(this[key]).Select(m => m.Groups["name"].Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The text of <paramref name="key"/> with its placeholders filled from <paramref name="arguments"/>.</summary>
    /// <exception cref="Rendering.TemplateException">The key is missing, or the text names a placeholder that no argument gives.</exception>
    public string Format(string key, IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Placeholder().Replace(this[key], m => arguments.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new Rendering.TemplateException($"the string '{key}' of the {Language} string table uses %{{{m.Groups["name"].Value}}}, which its caller does not give (it gives: {string.Join(", ", arguments.Keys)})"));
    }

    /// <summary>The message in words: its text with every argument filled in, numbers formatted by <paramref name="display"/>, nested messages put into words first.</summary>
    /// <exception cref="Rendering.TemplateException">A key is missing, or a placeholder has no argument.</exception>
    public string Format(Message message, DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(display);
        var arguments = message.Arguments.ToDictionary(
            a => a.Key,
            a => a.Value switch
            {
                Real real => display.Text(real),
                int n => n.ToString(CultureInfo.InvariantCulture),
                Message inner => Format(inner, display),
                var other => (string)other,
            },
            StringComparer.Ordinal);
        return Format(message.Key, arguments);
    }

    /// <summary>The table of <paramref name="language"/> read from <paramref name="directories"/> (first wins, key by key).</summary>
    /// <exception cref="Rendering.TemplateException">No folder has the language's file, or a file is not a mapping of strings (with file, line and column).</exception>
    public static StringTable Load(IReadOnlyList<string> directories, string language)
    {
        ArgumentNullException.ThrowIfNull(directories);
        ArgumentNullException.ThrowIfNull(language);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = false;
        foreach (var directory in directories.Reverse())
        {
            var path = Path.Combine(directory, Folder, language + ".yaml");
            if (File.Exists(path))
            {
                found = true;
                Read(File.ReadAllText(path, Encoding.UTF8), path, entries);
            }
        }

        return found
            ? new StringTable(language, entries)
            : throw new Rendering.TemplateException($"there is no string table for the language '{language}': {Folder}/{language}.yaml is in none of the templates folders ({string.Join(", ", directories)})");
    }

    /// <summary>The table of <paramref name="language"/> as built into the library (the repository's <c>templates/strings/</c>), for the commands that write text without a templates folder (<c>golden</c>, <c>show</c>).</summary>
    /// <exception cref="KeyNotFoundException">The library has no table of that language.</exception>
    public static StringTable BuiltIn(string language)
    {
        lock (BuiltIns)
        {
            if (BuiltIns.TryGetValue(language, out var table))
            {
                return table;
            }

            using var stream = typeof(StringTable).Assembly.GetManifestResourceStream($"Explainer.Strings.{language}.yaml")
                ?? throw new KeyNotFoundException($"the library has no string table for the language '{language}'");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            Read(reader.ReadToEnd(), $"templates/{Folder}/{language}.yaml", entries);
            return BuiltIns[language] = new StringTable(language, entries);
        }
    }

    /// <summary>Reads one file's mapping into <paramref name="entries"/>, its values replacing those already there.</summary>
    private static void Read(string text, string path, Dictionary<string, string> entries)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new Rendering.TemplateException($"{path}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0)
        {
            return;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new Rendering.TemplateException($"{path}:1:1: a string table is a mapping of keys to strings");
        }

        Flatten(root, string.Empty, path, entries);
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, string path, Dictionary<string, string> entries)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (valueNode)
            {
                case YamlMappingNode nested:
                    Flatten(nested, key + ".", path, entries);
                    break;
                case YamlScalarNode scalar:
                    entries[key] = scalar.Value ?? string.Empty;
                    break;
                default:
                    throw new Rendering.TemplateException($"{path}:{valueNode.Start.Line}:{valueNode.Start.Column}: the value of '{key}' is a list; a string table holds strings");
            }
        }
    }

    [GeneratedRegex(@"%\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
