using Explainer.Networks;

namespace Explainer.Worked.Tests.Support;

/// <summary>The catalogue's examples written again as plain double formulas, independently of the engine's graph and ops.</summary>
internal static class DoubleModels
{
    /// <summary>The example's output (the loss, or f) at the given leaf values.</summary>
    public static double Evaluate(string exampleId, BiasPolicy? policy, Leaves v) => exampleId switch
    {
        "net-2-2-2" => Net222(policy ?? BiasPolicy.Frozen, v),
        "j-graph" => 3 * (v["a"] + (v["b"] * v["c"])),
        "logistic-graph" => 1 / (Math.Exp(-((v["w"] * v["x"]) + v["b"])) + 1),
        "linear-chain" => HalfSquare(v["y_gt"] - ((v["w"] * v["x"]) + v["b"])),
        "and-neuron" => new[] { "00", "01", "10", "11" }.Sum(r => HalfSquare(v[$"t_{r}"] - Sigmoid((v["w1"] * v[$"x1_{r}"]) + (v["w2"] * v[$"x2_{r}"]) + v["b"]))),
        _ => throw new ArgumentException($"no double model of '{exampleId}'", nameof(exampleId)),
    };

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static double HalfSquare(double d) => d * d / 2;

    /// <summary>Mazur's 2-2-2 network: w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into o2.</summary>
    private static double Net222(BiasPolicy policy, Leaves v)
    {
        var perNeuron = policy == BiasPolicy.PerNeuron;
        var bH1 = perNeuron ? v["b_h1"] : v["b1"];
        var bH2 = perNeuron ? v["b_h2"] : v["b1"];
        var bO1 = perNeuron ? v["b_o1"] : v["b2"];
        var bO2 = perNeuron ? v["b_o2"] : v["b2"];
        var outH1 = Sigmoid((v["w1"] * v["i1"]) + (v["w2"] * v["i2"]) + bH1);
        var outH2 = Sigmoid((v["w3"] * v["i1"]) + (v["w4"] * v["i2"]) + bH2);
        var outO1 = Sigmoid((v["w5"] * outH1) + (v["w6"] * outH2) + bO1);
        var outO2 = Sigmoid((v["w7"] * outH1) + (v["w8"] * outH2) + bO2);
        return HalfSquare(v["target_o1"] - outO1) + HalfSquare(v["target_o2"] - outO2);
    }
}
