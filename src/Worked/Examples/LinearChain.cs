using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Worked.Examples;

/// <summary>The linear chain of notes 002: y = wx + b at x = 1.5, w = 0.8, b = 0.2, and the loss L = ½(y − y_gt)² with y_gt = 0.8.</summary>
internal static class LinearChain
{
    private const string Source = "002_347323eec919df2e.txt";

    public static WorkedExample Example { get; } = new(
        "linear-chain",
        "A linear unit and its squared loss",
        "y = wx + b = 0.8 × 1.5 + 0.2 = 1.4 against y_gt = 0.8 with L = ½(y − y_gt)²; the gradients of L with respect to w, b and x. The notes draw the two-layer chain y1 = w1x + b1, y2 = w2y1 + b2 next to it without numbers.",
        null,
        [
            Claim(429, "1.5", "value:x", "x"),
            Claim(429, "0.8", "value:w", "w"),
            Claim(432, "0.2", "value:b", "b"),
            Claim(434, "1.4", "value:y", "y"),
            Claim(436, "118", "value:L", "L"),
            Claim(436, "0.8", "value:y_gt", "y_{gt}"),
        ],
        [])
    {
        Runner = Run,
    };

    private static WorkedRun Run(BiasPolicy? policy)
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", Numbers.Real.Parse("1.5"));
        var w = g.Parameter("w", "w", Numbers.Real.Parse("0.8"));
        var b = g.Parameter("b", "b", Numbers.Real.Parse("0.2"));
        var y = g.Apply(Ops.WeightedSum, [w, x, b], "y", "y");
        var target = g.Target("y_gt", "y_{\\mathrm{gt}}", Numbers.Real.Parse("0.8"));
        var loss = g.Apply(Ops.HalfSquaredError, [y, target], "L", "L");
        var graph = g.Build(loss);
        return new WorkedRun(Example, graph, null, null, Array.Empty<ParameterUpdate>(), Backward.Run(graph));
    }

    private static Claim Claim(int line, string printed, string quantity, string label) => new(Source, line, printed, QuantityKey.Parse(quantity), label);
}
