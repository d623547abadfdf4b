using BenchmarkDotNet.Attributes;
using Explainer.Specs;
using Explainer.Worked;

namespace Explainer.Bench;

/// <summary>Loading and validating a spec file from its text: YAML or JSON, a network or an expression, with the schema pass (a user's file) and without it (the embedded catalogue).</summary>
[MemoryDiagnoser]
public class SpecLoadBenchmarks
{
    private string _yaml = string.Empty;
    private string _json = string.Empty;

    /// <summary>Gets or sets the catalogue example whose spec file is loaded.</summary>
    [Params("net-2-2-2", "and-neuron")]
    public string Example { get; set; } = "net-2-2-2";

    [GlobalSetup]
    public void Setup()
    {
        _yaml = Catalogue.SpecText(Example);
        var root = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<object>(_yaml);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            Write(writer, root);
        }

        _json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        if (!SpecLoader.Parse(_yaml, Example + ".yaml").Succeeded || !SpecLoader.Parse(_json, Example + ".json").Succeeded)
        {
            throw new InvalidOperationException($"{Example}: the benchmark's spec texts do not load");
        }
    }

    [Benchmark(Baseline = true)]
    public bool Yaml() => SpecLoader.Parse(_yaml, "spec.yaml").Succeeded;

    [Benchmark]
    public bool Json() => SpecLoader.Parse(_json, "spec.json").Succeeded;

    [Benchmark]
    public bool YamlEmbedded() => SpecLoader.ParseEmbedded(_yaml, "spec.yaml").Succeeded;

    /// <summary>The YAML tree as JSON, numbers as numbers (the text kept), everything else as strings.</summary>
    private static void Write(System.Text.Json.Utf8JsonWriter writer, object? node)
    {
        switch (node)
        {
            case IDictionary<object, object> map:
                writer.WriteStartObject();
                foreach (var (key, value) in map)
                {
                    writer.WritePropertyName(key.ToString()!);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case IList<object> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case string text when System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"):
                writer.WriteRawValue(text);
                break;
            default:
                writer.WriteStringValue(node?.ToString());
                break;
        }
    }
}
