using Explainer.Checking;
using Explainer.Specs;
using Explainer.Worked;

namespace Explainer.Tests.Checking;

/// <summary>The runs the answers tests resolve names against, each built once.</summary>
internal static class Runs
{
    /// <summary>The notes' 2-2-2 network with a second sample: per-sample nodes are named out_h1[1], out_h1[2].</summary>
    public const string MiniBatchSpec = """
        kind: network
        id: mb-2-2-2
        layers: [2, 2, 2]
        activations: [sigmoid, sigmoid]
        weights:
          - [[0.15, 0.20], [0.25, 0.30]]
          - [[0.40, 0.45], [0.50, 0.55]]
        biases: [0.35, 0.60]
        bias_policy: frozen
        samples:
          - inputs: [0.05, 0.10]
            targets: [0.01, 0.99]
          - inputs: [0.10, 0.20]
            targets: [0.5, 0.5]
        loss: half_sum_of_squares
        learning_rate: 0.5
        """;

    private static readonly Lazy<WorkedRun> LazyNet = new(() => Catalogue.Get("net-2-2-2").Run());
    private static readonly Lazy<WorkedRun> LazyJGraph = new(() => Catalogue.Get("j-graph").Run());
    private static readonly Lazy<WorkedRun> LazyMiniBatch = new(() => SpecExamples.FromLoaded(SpecLoader.Parse(MiniBatchSpec, "mb.yaml")).Run());

    public static WorkedRun Net => LazyNet.Value;

    public static WorkedRun JGraph => LazyJGraph.Value;

    public static WorkedRun MiniBatch => LazyMiniBatch.Value;

    public static QuantityNames Names(WorkedRun run) => new(run.Trace, run.Updates, run.Policy);

    public static AnswerSheet Parse(string text, string fileName, WorkedRun? run = null)
    {
        run ??= Net;
        return AnswerSheetReader.Parse(text, fileName, run.Trace, run.Updates, run.Policy);
    }
}
