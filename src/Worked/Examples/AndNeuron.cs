using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Worked.Examples;

/// <summary>The logical AND as one sigmoid neuron with θ = (−30, 20, 20), notes 001: its truth table, and how flat the sigmoid is there.</summary>
internal static class AndNeuron
{
    private const string Source = "001_7a5d002ff47c9624.txt";

    public static WorkedExample Example { get; } = new(
        "and-neuron",
        "Logical AND with one sigmoid neuron",
        "h = σ(−30 + 20x₁ + 20x₂) on the four inputs of the truth table: 0, 0, 0 and 1 to within 5 × 10⁻⁵. The notes stop there; the squared error against the truth table and its gradients are ours, and show why such a neuron learns slowly: at |z| ≥ 10 the sigmoid's slope is below 5 × 10⁻⁵. ∂E/∂θ₁ and ∂E/∂θ₂ are exactly 0 (the errors of rows (1,0) and (1,1) cancel, σ(10) = 1 − σ(−10)); the engine can only enclose them in a tiny interval around 0, and says so.",
        null,
        [
            Claim(352, "-30", "value:b", "\\theta_0"),
            Claim(352, "20", "value:w1", "\\theta_1"),
            Claim(352, "20", "value:w2", "\\theta_2"),
        ],
        [])
    {
        Runner = Run,
    };

    /// <summary>The truth table: (x₁, x₂, x₁ AND x₂).</summary>
    private static readonly (int X1, int X2, int Target)[] Rows = [(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)];

    private static WorkedRun Run(BiasPolicy? policy)
    {
        var g = new GraphBuilder();
        var b = g.Parameter("b", "\\theta_0", -30);
        var w1 = g.Parameter("w1", "\\theta_1", 20);
        var w2 = g.Parameter("w2", "\\theta_2", 20);
        var errors = new List<Node>();
        for (var r = 0; r < Rows.Length; r++)
        {
            var (x1Value, x2Value, targetValue) = Rows[r];
            var row = $"{x1Value}{x2Value}";
            var x1 = g.Input($"x1_{row}", $"x_1^{{({row})}}", x1Value);
            var x2 = g.Input($"x2_{row}", $"x_2^{{({row})}}", x2Value);
            var z = g.Apply(Ops.WeightedSum, [w1, x1, w2, x2, b], $"z_{row}", $"z^{{({row})}}");
            var h = g.Apply(Ops.Sigmoid, [z], $"h_{row}", $"h^{{({row})}}");
            var t = g.Target($"t_{row}", $"t^{{({row})}}", targetValue);
            errors.Add(g.Apply(Ops.HalfSquaredError, [h, t], $"E_{row}", $"E^{{({row})}}"));
        }

        var loss = g.Apply(Ops.Sum, errors, "E", "E");
        var graph = g.Build(loss);
        return new WorkedRun(Example, graph, null, null, Array.Empty<ParameterUpdate>(), Backward.Run(graph));
    }

    private static Claim Claim(int line, string printed, string quantity, string label) => new(Source, line, printed, QuantityKey.Parse(quantity), label);
}
