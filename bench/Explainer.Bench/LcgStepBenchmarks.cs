using BenchmarkDotNet.Attributes;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Bench;

/// <summary>One certified SGD step of the peers' LCG-100 networks (<see cref="LcgSpec"/>), every value of the trace printed to 50 digits, as <c>explainer bench</c> does for a spec file.</summary>
/// <remarks>The shapes of issue 14: 4-8-8-3 with a batch of 4, 16-32-32-10 with a batch of 8, 200-200-1 with one sample (compare <c>mlp_arb SIZES B 50</c>).</remarks>
[MemoryDiagnoser]
public class LcgStepBenchmarks
{
    private NetworkSpec _spec = null!;

    [Params("4-8-8-3x4", "16-32-32-10x8", "200-200-1x1")]
    public string Shape { get; set; } = "4-8-8-3x4";

    [Params(50)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split('x');
        _spec = LcgSpec.Build([.. parts[0].Split('-').Select(int.Parse)], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Benchmark]
    public int CertifiedStep()
    {
        var network = NetworkBuilder.Build(_spec);
        var trace = Backward.Run(network.Graph);
        var updates = Sgd.Step(trace, network.Trainable, _spec.LearningRate);
        var count = 0;
        foreach (var node in network.Graph.Nodes)
        {
            count += Show(node.Value) + Show(trace.Gradient(node));
        }

        foreach (var edge in trace.Edges)
        {
            count += Show(edge.Partial) + Show(edge.Contribution);
        }

        foreach (var update in updates)
        {
            count += Show(update.New);
        }

        return count;
    }

    private int Show(Real value) => value.IsZero ? 1 : value.Format(Digits).Text.Length;
}
