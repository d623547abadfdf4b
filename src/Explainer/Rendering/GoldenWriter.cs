using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Rendering;

/// <summary>Writes a trace as machine-readable golden values: every node value, local partial, gradient and update, with provenance.</summary>
/// <remarks>Each value carries its decimal text with only proven digits, whether it is exact, and the fraction when it is.</remarks>
public static class GoldenWriter
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the engine version written into every file's provenance.</summary>
    public static string EngineVersion { get; } =
        typeof(GoldenWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Writes the golden JSON document to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, GoldenProvenance provenance, Trace trace, IReadOnlyList<ParameterUpdate> updates, IReadOnlyList<ClaimCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(checks);
        using var w = new Utf8JsonWriter(stream, Options);
        var digits = provenance.Digits;
        w.WriteStartObject();
        w.WriteStartObject("provenance");
        w.WriteString("example", provenance.Example);
        w.WriteNumber("digits", digits);
        if (provenance.BiasPolicy is { } policy)
        {
            w.WriteString("biasPolicy", BiasPolicies.Name(policy));
        }

        w.WriteString("engine", $"explainer {EngineVersion}");
        w.WriteString("rounding", "round-half-even to the given significant digits; every digit proven by ball arithmetic");
        w.WriteStartArray("sources");
        foreach (var s in provenance.Sources)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("nodes");
        foreach (var node in trace.Graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteNumber("id", node.Id);
            w.WriteString("name", node.Name);
            w.WriteString("symbol", node.Symbol);
            w.WriteString("kind", node.Kind.ToString().ToLowerInvariant());
            if (node.Op is not null)
            {
                w.WriteString("op", node.Op.Name);
                w.WriteString("formula", node.Formula);
                w.WriteStartArray("inputs");
                foreach (var input in node.Inputs)
                {
                    w.WriteNumberValue(input.Id);
                }

                w.WriteEndArray();
            }

            WriteValue(w, "value", node.Value, digits);
            WriteValue(w, "gradient", trace.Gradient(node), digits);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("edges");
        foreach (var e in trace.Edges)
        {
            w.WriteStartObject();
            w.WriteNumber("consumer", e.Consumer.Id);
            w.WriteNumber("input", e.Input.Id);
            w.WriteString("partial", $"\\frac{{\\partial {e.Consumer.Symbol}}}{{\\partial {e.Input.Symbol}}}");
            w.WriteString("partialFormula", e.PartialFormula);
            WriteValue(w, "local", e.Partial, digits);
            WriteValue(w, "upstream", e.Upstream, digits);
            WriteValue(w, "contribution", e.Contribution, digits);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("updates");
        foreach (var u in updates)
        {
            w.WriteStartObject();
            w.WriteNumber("id", u.Parameter.Id);
            w.WriteString("name", u.Parameter.Name);
            w.WriteString("symbol", u.Parameter.Symbol);
            WriteValue(w, "old", u.Old, digits);
            WriteValue(w, "gradient", u.Gradient, digits);
            WriteValue(w, "learningRate", u.LearningRate, digits);
            WriteValue(w, "new", u.New, digits);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in checks)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Claim.Citation);
            w.WriteString("printed", c.Claim.Printed);
            w.WriteString("quantity", c.Claim.Quantity.ToString());
            w.WriteString("status", c.Status == ClaimStatus.Matches ? "matches" : "differs");
            if (c.Status == ClaimStatus.Differs)
            {
                w.WriteString("slip", Kebab(c.Slip.ToString()));
                w.WriteString("expected", c.Expected);
                w.WriteString("explanation", c.Explanation is { } why ? StringTable.BuiltIn(StringTable.English).Format(why, DisplayOptions.Default) : string.Empty);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one value as <c>{ value, exact, fraction?, status? }</c>: proven digits only.</summary>
    internal static void WriteValue(Utf8JsonWriter w, string name, Real value, int digits)
    {
        var display = value.IsZero ? new RealDisplay("0", RealDisplayStatus.Exact, true) : value.Format(digits);
        w.WriteStartObject(name);
        w.WriteString("value", display.Text);
        w.WriteBoolean("exact", value.IsExact);
        if (value.IsExact)
        {
            w.WriteString("fraction", value.ToFractionString());
        }

        if (!display.IsDecided)
        {
            w.WriteString("status", "undecided");
        }

        w.WriteEndObject();
    }

    private static string Kebab(string pascal)
        => string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
