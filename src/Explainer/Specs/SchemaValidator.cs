using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Explainer.Expressions;
using Json.Schema;

namespace Explainer.Specs;

/// <summary>Validates a spec tree against an embedded schema (<c>example.schema.json</c>, <c>course.schema.json</c>) and reports each error at the YAML or JSON position of the value it is about.</summary>
/// <remarks>
/// The tree is written out as JSON (a plain scalar that is a JSON number stays one, with its text unchanged) while a map
/// from each value's JSON Pointer to its node is kept; the schema's errors name instance locations, which the map turns
/// back into lines and columns. Messages are the loader's own, by keyword, with "did you mean" for enums and keys.
/// </remarks>
internal static partial class SchemaValidator
{
    /// <summary>Gets the schema of spec files, <c>schemas/example.schema.json</c>.</summary>
    public static EmbeddedSchema Example { get; } = new("Explainer.Specs.example.schema.json");

    /// <summary>Gets the schema of course files, <c>schemas/course.schema.json</c>.</summary>
    public static EmbeddedSchema Course { get; } = new("Explainer.Courses.course.schema.json");

    /// <summary>Gets the spec schema's text, as embedded in the assembly.</summary>
    public static string SchemaText => Example.Text;

    /// <summary>Checks the tree against the spec schema; reports every schema error; returns whether there were none.</summary>
    public static bool Validate(SpecNode root, SpecDiagnostics diagnostics) => Validate(root, diagnostics, Example);

    /// <summary>Checks the tree against <paramref name="embedded"/>; reports every schema error; returns whether there were none.</summary>
    public static bool Validate(SpecNode root, SpecDiagnostics diagnostics, EmbeddedSchema embedded)
    {
        var values = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        var keys = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, string.Empty, values, keys);
        }

        using var instance = JsonDocument.Parse(buffer.ToArray());
        var (schema, document) = embedded.Loaded;
        var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return true;
        }

        var before = diagnostics.Count;
        var errors = new List<(string Pointer, string Keyword, string Message, string SchemaPointer, bool AboutKey)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var schemaPointer = detail.SchemaLocation.Fragment.TrimStart('#');
            var evaluationPath = detail.EvaluationPath.ToString().Split('/');
            if (evaluationPath.Contains("if"))
            {
                // An if's failure only picks the else branch; the branch's own errors say what is wrong.
                continue;
            }

            foreach (var (keyword, message) in detail.Errors)
            {
                errors.Add((detail.InstanceLocation.ToString(), keyword, message, schemaPointer, evaluationPath.Contains("propertyNames")));
            }
        }

        // An enum's failure says it all: drop the other branch's complaints about the same value (kind: network's const).
        var enums = errors.Where(e => e.Keyword == "enum").Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
        foreach (var (pointer, keyword, message, schemaPointer, aboutKey) in errors)
        {
            if (keyword != "enum" && enums.Contains(pointer))
            {
                continue;
            }

            Report(new SchemaError(pointer, keyword, message, schemaPointer, aboutKey), values, keys, document.RootElement, diagnostics);
        }

        return diagnostics.Count == before && results.IsValid;
    }

    private static void Report(
        SchemaError error,
        Dictionary<string, SpecNode> values,
        Dictionary<string, SpecNode> keys,
        JsonElement schemaRoot,
        SpecDiagnostics diagnostics)
    {
        var (pointer, keyword, message, schemaPointer, aboutKey) = error;

        // A propertyNames error is about the key at the pointer, not its value.
        var node = (aboutKey ? keys.GetValueOrDefault(pointer) : null)
            ?? values.GetValueOrDefault(pointer) ?? values[string.Empty];
        if (diagnostics.HasAt(node.Span.Start))
        {
            // The reader already said what is wrong here (an alias, say).
            return;
        }

        // The location names the subschema, sometimes followed by one more segment: the subschema is the longest prefix that resolves.
        var subschema = Resolve(schemaRoot, schemaPointer) ?? (schemaPointer.Contains('/', StringComparison.Ordinal) ? Resolve(schemaRoot, schemaPointer[..schemaPointer.LastIndexOf('/')]) : null);
        var what = Describe(aboutKey ? pointer[..pointer.LastIndexOf('/')] : pointer);
        switch (keyword)
        {
            case "enum" or "const":
            {
                var allowed = subschema is { } s && s.TryGetProperty(keyword, out var e)
                    ? (e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(v => v.ToString()).ToList() : [e.ToString()])
                    : [];
                var noun = Noun(schemaPointer, pointer, aboutKey);
                var given = node.IsScalar ? node.Text : "a " + (node.Kind == SpecNodeKind.Mapping ? "mapping" : "list");
                if (noun == "key" && keys.TryGetValue(pointer, out var keyNode))
                {
                    node = keyNode;
                    given = keyNode.Text;
                }

                var suggestion = node.IsScalar ? Suggestions.Closest(node.Text, allowed) : null;
                var text = noun == "activation" && node.Text is "leaky_relu" or "elu"
                    ? $"activation '{node.Text}' needs its alpha: write {{name: {node.Text}, alpha: 0.01}}"
                    : suggestion is not null
                        ? $"unknown {noun} '{given}'; did you mean '{suggestion}'?"
                        : $"unknown {noun} '{given}'; use {string.Join(", ", allowed)}";
                diagnostics.Add(node, text);
                break;
            }

            case "required":
            {
                var missing = subschema is { } s && s.TryGetProperty("required", out var r)
                    ? r.EnumerateArray().Select(v => v.GetString()!).Where(k => node.Get(k) is null).ToList()
                    : [];
                foreach (var key in missing)
                {
                    diagnostics.Add(node, $"{what}missing key '{key}'");
                }

                break;
            }

            case "additionalProperties" or "unevaluatedProperties" or "propertyNames" or "falseSchema" or "":
            {
                // The value at the pointer is an unknown key's; point at the key.
                var key = keys.GetValueOrDefault(pointer);
                var known = KnownKeys(schemaRoot, schemaPointer);
                if (key is not null)
                {
                    var suggestion = Suggestions.Closest(key.Text, known);
                    diagnostics.Add(key, suggestion is not null
                        ? $"unknown key '{key.Text}'; did you mean '{suggestion}'?"
                        : known.Count > 0 ? $"unknown key '{key.Text}'; use {string.Join(", ", known)}" : $"unknown key '{key.Text}'");
                }
                else
                {
                    diagnostics.Add(node, what + Clean(message));
                }

                break;
            }

            case "type":
            {
                var expected = subschema is { } s && s.TryGetProperty("type", out var t) ? TypeNames(t) : "another type";
                diagnostics.Add(node, $"{what}expected {expected}, got {Given(node)}");
                break;
            }

            case "pattern":
                diagnostics.Add(node, what + PatternMessage(schemaPointer, node));
                break;

            case "minItems":
            {
                var min = subschema is { } s && s.TryGetProperty("minItems", out var m) ? m.GetInt32() : 1;
                diagnostics.Add(node, string.Create(CultureInfo.InvariantCulture, $"{what}needs at least {min} {(min == 1 ? "entry" : "entries")}"));
                break;
            }

            case "minimum":
            {
                var min = subschema is { } s && s.TryGetProperty("minimum", out var m) ? m.ToString() : "1";
                diagnostics.Add(node, $"{what}must be at least {min}; got {node.Text}");
                break;
            }

            case "minLength":
                diagnostics.Add(node, $"{what}must not be empty");
                break;

            case "uniqueItems":
                diagnostics.Add(node, $"{what}lists a name twice");
                break;

            default:
                diagnostics.Add(node, what + Clean(message));
                break;
        }
    }

    /// <summary>"layers: ", "samples[2].inputs: " … naming a value by its path, lists counted from 1.</summary>
    private static string Describe(string pointer)
    {
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var segment in pointer[1..].Split('/'))
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{index + 1}]");
            }
            else
            {
                builder.Append(builder.Length > 0 ? "." : string.Empty).Append(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        return builder.Append(": ").ToString();
    }

    private static string Noun(string schemaPointer, string pointer, bool aboutKey)
    {
        if (aboutKey)
        {
            return "key";
        }

        var def = DefName().Match(schemaPointer);
        return def.Success ? def.Groups[1].Value switch
        {
            "activationName" or "parametricActivationName" => "activation",
            "biasPolicy" => "bias policy",
            "optimizerName" => "optimizer",
            "kind" => "kind",
            "loss" => "loss",
            "reduction" => "reduction",
            "language" => "language",
            var other => other,
        } : pointer.Length == 0 ? "value" : pointer[(pointer.LastIndexOf('/') + 1)..];
    }

    private static string PatternMessage(string schemaPointer, SpecNode node)
    {
        var def = DefName().Matches(schemaPointer).LastOrDefault()?.Groups[1].Value;
        if (schemaPointer.Contains("/quantity", StringComparison.Ordinal))
        {
            return $"'{node.Text}' is not a quantity; write value:NODE, grad:NODE, update:PARAMETER or partial:NODE/INPUT, e.g. grad:w5";
        }

        if (schemaPointer.Contains("/source", StringComparison.Ordinal))
        {
            return $"'{node.Text}' is not a source; write file:line, e.g. notes.txt:572";
        }

        if (schemaPointer.Contains("/base_url", StringComparison.Ordinal))
        {
            return $"'{node.Text}' is not a web address; write the address the site will be published at, e.g. https://example.org/course/";
        }

        if (schemaPointer.Contains("/statements", StringComparison.Ordinal))
        {
            return $"'{node.Text}' is not a statement; write NAME = EXPRESSION, e.g. u = b*c";
        }

        return def switch
        {
            "number" => $"'{node.Text}' is not a number; write a decimal such as 0.5, .5 or 1e-3, or a fraction such as 3/7",
            "id" => $"'{node.Text}' is not an id; use lower case letters, digits and dashes, e.g. my-net",
            "lessonPath" => $"'{node.Text}' is not a lesson file; list spec files (.yaml, .yml or .json) by their path in the course folder, e.g. lessons/intro.yaml",
            "name" or "nodeName" => $"'{node.Text}' is not a name; use letters, digits and _, starting with a letter",
            _ => $"'{node.Text}' is not in the expected form",
        };
    }

    private static List<string> KnownKeys(JsonElement schemaRoot, string schemaPointer)
    {
        // The error sits at …/additionalProperties (or /propertyNames/…) of an object schema: its properties are the known keys.
        var at = schemaPointer.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
        if (at < 0)
        {
            at = schemaPointer.LastIndexOf("/propertyNames", StringComparison.Ordinal);
        }

        var owner = at < 0 ? Resolve(schemaRoot, schemaPointer) : Resolve(schemaRoot, schemaPointer[..at]);
        if (owner is { } o && o.TryGetProperty("properties", out var properties))
        {
            return [.. properties.EnumerateObject().Select(p => p.Name).Where(n => n != "$schema")];
        }

        if (owner is { } p && p.TryGetProperty("propertyNames", out var names) && names.TryGetProperty("enum", out var e))
        {
            return [.. e.EnumerateArray().Select(v => v.GetString()!)];
        }

        return [];
    }

    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        if (pointer.Length == 0)
        {
            return current;
        }

        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string TypeNames(JsonElement type)
    {
        static string Name(string t) => t switch
        {
            "integer" => "a whole number",
            "number" => "a number",
            "string" => "text",
            "array" => "a list",
            "object" => "a mapping",
            "boolean" => "true or false",
            _ => t,
        };

        return type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => Name(t.GetString()!)).Distinct())
            : Name(type.GetString()!);
    }

    private static string Given(SpecNode node) => node.Kind switch
    {
        SpecNodeKind.Mapping => "a mapping",
        SpecNodeKind.Sequence => "a list",
        _ when node.IsNull => "nothing",
        _ => $"'{node.Text}'",
    };

    private static string Clean(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length == 0 ? "invalid value" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static void Write(Utf8JsonWriter writer, SpecNode node, string pointer, Dictionary<string, SpecNode> values, Dictionary<string, SpecNode> keys)
    {
        values[pointer] = node;
        switch (node.Kind)
        {
            case SpecNodeKind.Mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in node.Entries)
                {
                    var child = pointer + "/" + key.Text.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    keys[child] = key;
                    writer.WritePropertyName(key.Text);
                    Write(writer, value, child, values, keys);
                }

                writer.WriteEndObject();
                break;

            case SpecNodeKind.Sequence:
                writer.WriteStartArray();
                for (var i = 0; i < node.Items.Count; i++)
                {
                    Write(writer, node.Items[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), values, keys);
                }

                writer.WriteEndArray();
                break;

            default:
                WriteScalar(writer, node);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, SpecNode node)
    {
        if (node.Quoted)
        {
            writer.WriteStringValue(node.Text);
        }
        else if (node.IsNull)
        {
            writer.WriteNullValue();
        }
        else if (node.Text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(node.Text[0] is 't' or 'T');
        }
        else if (JsonNumber().IsMatch(node.Text) && decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            // The text itself, never a double: the schema sees the number as written.
            writer.WriteRawValue(node.Text, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(node.Text);
        }
    }

    /// <summary>One error of the schema's list output.</summary>
    /// <param name="Pointer">The JSON Pointer of the value it is about.</param>
    /// <param name="Keyword">The keyword that failed.</param>
    /// <param name="Message">JsonSchema.Net's message, used when the keyword has none of ours.</param>
    /// <param name="SchemaPointer">Where in the schema the failing subschema is.</param>
    /// <param name="AboutKey">Whether it came through propertyNames, so is about the key at the pointer.</param>
    private sealed record SchemaError(string Pointer, string Keyword, string Message, string SchemaPointer, bool AboutKey);

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"\$defs/([A-Za-z]+)")]
    private static partial Regex DefName();
}
