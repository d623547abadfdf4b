using System.Text.Json;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Rendering;

/// <summary>Writes a training run as golden values: every parameter at every step with the optimizer's state, and the loss.</summary>
public static class TrainingWriter
{
    /// <summary>Writes the JSON document to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="example">The example the network comes from.</param>
    /// <param name="biasPolicy">The bias policy.</param>
    /// <param name="sources">The notes the network and the rule come from, as file:line.</param>
    /// <param name="run">The run.</param>
    /// <param name="digits">Significant digits of every value.</param>
    public static void Write(Stream stream, string example, BiasPolicy biasPolicy, IReadOnlyList<string> sources, TrainingRun run, int digits)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sources);
        using var w = new Utf8JsonWriter(stream, GoldenWriter.Options);
        w.WriteStartObject();
        w.WriteStartObject("provenance");
        w.WriteString("example", example);
        w.WriteNumber("digits", digits);
        w.WriteString("biasPolicy", BiasPolicies.Name(biasPolicy));
        w.WriteStartObject("optimizer");
        w.WriteString("name", run.Optimizer.Name);
        w.WriteString("source", run.Optimizer.Source);
        foreach (var (name, _, value) in run.Optimizer.Hyperparameters)
        {
            GoldenWriter.WriteValue(w, name, value, digits);
        }

        w.WriteEndObject();
        w.WriteNumber("steps", run.Steps.Count);
        w.WriteString("engine", $"explainer {GoldenWriter.EngineVersion}");
        w.WriteString("rounding", "round-half-even to the given significant digits; every digit proven by ball arithmetic");
        w.WriteStartArray("sources");
        foreach (var s in sources)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("steps");
        foreach (var step in run.Steps)
        {
            w.WriteStartObject();
            w.WriteNumber("step", step.Number);
            GoldenWriter.WriteValue(w, "lossBefore", step.Loss, digits);
            w.WriteStartArray("updates");
            foreach (var u in step.Updates)
            {
                w.WriteStartObject();
                w.WriteString("name", u.Parameter.Name);
                w.WriteString("symbol", u.Parameter.Symbol);
                GoldenWriter.WriteValue(w, "old", u.Old, digits);
                GoldenWriter.WriteValue(w, "gradient", u.Gradient, digits);
                w.WriteStartArray("quantities");
                foreach (var q in u.Quantities)
                {
                    w.WriteStartObject();
                    w.WriteString("name", q.Name);
                    w.WriteString("symbol", q.Symbol);
                    w.WriteString("formula", q.Formula);
                    GoldenWriter.WriteValue(w, "value", q.Value, digits);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                GoldenWriter.WriteValue(w, "new", u.New, digits);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("final");
        GoldenWriter.WriteValue(w, "loss", run.FinalLoss, digits);
        w.WriteStartArray("parameters");
        foreach (var p in run.Final.Weights.Concat(run.Final.Biases))
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            GoldenWriter.WriteValue(w, "value", p.Value, digits);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
