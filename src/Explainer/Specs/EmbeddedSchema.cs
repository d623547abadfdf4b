using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Explainer.Specs;

/// <summary>A JSON Schema embedded in the assembly: its text, and the schema built from it on first use.</summary>
/// <param name="resourceName">The manifest resource's logical name.</param>
internal sealed class EmbeddedSchema(string resourceName)
{
    private readonly Lazy<string> _text = new(() => ReadResource(resourceName));
    private readonly Lazy<(JsonSchema Schema, JsonDocument Document)> _loaded = new(() => Build(ReadResource(resourceName)));

    /// <summary>Gets the schema's text, as published in <c>schemas/</c>.</summary>
    public string Text => _text.Value;

    /// <summary>Gets the built schema and its document (for the messages that quote an enum or a required list).</summary>
    public (JsonSchema Schema, JsonDocument Document) Loaded => _loaded.Value;

    private static (JsonSchema, JsonDocument) Build(string text)
    {
        var document = JsonDocument.Parse(text);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return (JsonSchema.Build(document.RootElement, options), document);
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the assembly lacks its embedded resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
