using System.Globalization;
using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Specs;

/// <summary>Loads a spec file, YAML or JSON, checked against <c>schemas/example.schema.json</c> and then for what a schema cannot say.</summary>
/// <remarks>
/// Every number is read from the text the author wrote (0.10, .5, 1e-3, 3/7 are exact); YAML's own typing is never
/// applied. All problems are reported at once, each as <c>file:line:column: message</c>.
/// </remarks>
public static class SpecLoader
{
    /// <summary>Gets the JSON Schema every spec file is validated against, as published in <c>schemas/example.schema.json</c>.</summary>
    public static string SchemaText => SchemaValidator.SchemaText;

    /// <summary>Reads and loads a spec file; a <c>.json</c> file is read as strict JSON, anything else as YAML.</summary>
    /// <param name="path">The file; diagnostics name it as given.</param>
    /// <returns>The network or the expression, or the diagnostics.</returns>
    public static SpecLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, Directory.Exists(path) ? "this is a folder, not a spec file (explainer list FOLDER lists the specs in it)" : "no such file");
            }

            if (info.Length > SpecLimits.MaxFileBytes)
            {
                return Failed(path, TooLarge(info.Length));
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, "cannot read the file: " + e.Message.TrimEnd('.'));
        }

        return Parse(text, path);
    }

    /// <summary>Loads a spec from its text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The name diagnostics give; a name ending in <c>.json</c> makes the text strict JSON, any other YAML.</param>
    /// <returns>The network or the expression, or the diagnostics.</returns>
    public static SpecLoadResult Parse(string text, string fileName) => Parse(text, fileName, validateSchema: true);

    /// <summary>Loads a spec shipped inside the tool (the notes' catalogue) without the JSON Schema pass, which is most of a first load's start-up; every other check still runs.</summary>
    /// <remarks>Only for files whose schema validity a test asserts on every build; a user's file always goes through <see cref="Parse(string, string)"/>.</remarks>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The name diagnostics give.</param>
    /// <returns>The network or the expression, or the diagnostics.</returns>
    public static SpecLoadResult ParseEmbedded(string text, string fileName) => Parse(text, fileName, validateSchema: false);

    private static SpecLoadResult Parse(string text, string fileName, bool validateSchema)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        if (text.Length > SpecLimits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > SpecLimits.MaxFileBytes)
        {
            return Failed(fileName, TooLarge(Encoding.UTF8.GetByteCount(text)));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var diagnostics = new SpecDiagnostics();
        var root = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonTreeReader.Read(text, diagnostics)
            : YamlTreeReader.Read(text, diagnostics);
        if (diagnostics.Incomplete)
        {
            return new SpecLoadResult(fileName, text, null, diagnostics.Sorted());
        }

        if (root is null || root.IsNull)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(new SourceSpan(0, 0), "the file holds no spec; start with kind: network");
            }

            return new SpecLoadResult(fileName, text, null, diagnostics.Sorted());
        }

        if (root.Kind != SpecNodeKind.Mapping)
        {
            diagnostics.Add(root, "a spec is a mapping of keys (kind: network, id: …), not " + (root.IsScalar ? $"'{root.Text}'" : "a list"));
            return new SpecLoadResult(fileName, text, null, diagnostics.Sorted());
        }

        if (validateSchema)
        {
            SchemaValidator.Validate(root, diagnostics);
        }

        if (root.Get("kind") is { IsScalar: true, Text: "expression" })
        {
            var expression = ExpressionSpecReader.Read(root, diagnostics);
            return new SpecLoadResult(fileName, text, null, diagnostics.Sorted()) { Expression = diagnostics.Count == 0 ? expression : null };
        }

        var network = NetworkSpecReader.Read(root, diagnostics);
        return new SpecLoadResult(fileName, text, diagnostics.Count == 0 ? network : null, diagnostics.Sorted());
    }

    private static string TooLarge(long bytes)
        => string.Create(CultureInfo.InvariantCulture, $"the file has {bytes:N0} bytes; the limit is {SpecLimits.MaxFileBytes:N0} bytes (1 MiB)");

    private static SpecLoadResult Failed(string fileName, string message)
        => new(fileName, string.Empty, null, [new Diagnostic(message, new SourceSpan(0, 0))]);
}
