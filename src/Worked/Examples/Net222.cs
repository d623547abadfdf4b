using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Worked.Examples;

/// <summary>The 2-2-2 sigmoid network of notes 001, worked step by step (after Mazur's example).</summary>
internal static class Net222
{
    private const string Source = "001_7a5d002ff47c9624.txt";

    public static WorkedExample Example { get; } = new(
        "net-2-2-2",
        "A 2-2-2 sigmoid network, one step of gradient descent",
        "Two inputs, two sigmoid hidden neurons, two sigmoid outputs and the error ½Σ(target − out)²: the forward pass, every gradient and one update with η = 0.5.",
        BiasPolicy.Frozen,
        [
            Claim(570, "0.3775", "value:net_h1", "net_{h1}"),
            Claim(572, "0.59326999", "value:out_h1", "out_{h1}"),
            Claim(574, "0.596884378", "value:out_h2", "out_{h2}"),
            Claim(580, "1.105905967", "value:net_o1", "net_{o1}"),
            Claim(582, "0.75136507", "value:out_o1", "out_{o1}"),
            Claim(584, "0.772928465", "value:out_o2", "out_{o2}"),
            Claim(590, "0.2748110083", "value:E_o1", "E_{o1}"),
            Claim(590, "0.023560026", "value:E_o2", "E_{o2}"),
            Claim(590, "0.298371109", "value:E_total", "E_{total}"),
            Claim(615, "074136507", "grad:out_o1", "\\frac{\\partial E_{total}}{\\partial out_{o1}}"),
            Claim(619, "0.186815602", "partial:out_o1/net_o1", "\\frac{\\partial out_{o1}}{\\partial net_{o1}}"),
            Claim(623, "0.593269992", "partial:net_o1/w5", "\\frac{\\partial net_{o1}}{\\partial w_5}"),
            Claim(625, "0.74136507", "grad:out_o1", "\\frac{\\partial E_{total}}{\\partial out_{o1}}"),
            Claim(625, "0.082167041", "grad:w5", "\\frac{\\partial E_{total}}{\\partial w_5}"),
            Claim(629, "0.35891648", "update:w5", "w_5^+"),
            Claim(633, "0.408666186", "update:w6", "w_6^+"),
            Claim(635, "0.511301270", "update:w7", "w_7^+"),
            Claim(637, "0.561370121", "update:w8", "w_8^+"),
            Claim(651, "0.000438568", "grad:w1", "\\frac{\\partial E_{total}}{\\partial w_1}"),
            Claim(651, "0.149780716", "update:w1", "w_1^+"),
        ],
        [
            new Erratum(Source, 603, "\\(\\w_5\\)", "\\(w_5\\)", "broken LaTeX"),
            new Erratum(Source, 613, "(target_{o1}-out{o1})", "(target_{o1}-out_{o1})", "missing subscript underscore"),
            new Erratum(Source, 649, "…\\frac{\\partial net_o}{\\partial out_{h1} }）", "…\\frac{\\partial net_o}{\\partial out_{h1} })", "full-width parenthesis closes an ASCII one"),
        ])
    {
        Runner = Run,
    };

    /// <summary>The spec under each bias policy, read once: specs are immutable.</summary>
    private static readonly NetworkSpec[] Specs = [.. Enum.GetValues<BiasPolicy>().Select(CreateSpec)];

    /// <summary>The network as the notes set it up: inputs 0.05, 0.10; targets 0.01, 0.99; w1…w8 = 0.15…0.55; b1 = 0.35, b2 = 0.60; η = 0.5.</summary>
    public static NetworkSpec Spec(BiasPolicy policy) => Specs[(int)policy];

    private static NetworkSpec CreateSpec(BiasPolicy policy) => new(
        [2, 2, 2],
        [Activation.Sigmoid, Activation.Sigmoid],
        [
            [[R("0.15"), R("0.20")], [R("0.25"), R("0.30")]],
            [[R("0.40"), R("0.45")], [R("0.50"), R("0.55")]],
        ],
        [[R("0.35"), R("0.35")], [R("0.60"), R("0.60")]],
        [R("0.05"), R("0.10")],
        [R("0.01"), R("0.99")],
        LossKind.HalfSumOfSquares,
        R("0.5"),
        policy);

    private static WorkedRun Run(BiasPolicy? policy)
    {
        var spec = Spec(policy ?? BiasPolicy.Frozen);
        var network = NetworkBuilder.Build(spec);
        var trace = Backward.Run(network.Graph);
        var updates = Sgd.Step(trace, network.Trainable, spec.LearningRate);
        return new WorkedRun(Example, network.Graph, spec.BiasPolicy, network, updates, trace);
    }

    private static Real R(string s) => Real.Parse(s);

    private static Claim Claim(int line, string printed, string quantity, string label) => new(Source, line, printed, QuantityKey.Parse(quantity), label);
}
