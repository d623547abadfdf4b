using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Worked.Examples;

/// <summary>The computation graph J(a, b, c) = 3(a + bc) of notes 003, at a = 5, b = 3, c = 2.</summary>
internal static class JGraph
{
    private const string Source = "003_4f5a44f30271cdbb.txt";

    public static WorkedExample Example { get; } = new(
        "j-graph",
        "The computation graph J = 3(a + bc)",
        "Three steps u = bc, v = a + u, J = 3v; the backward pass from J to a, b and c.",
        null,
        [
            Claim(86, "3", "partial:J/v", "\\frac{\\partial J}{\\partial v}"),
            Claim(86, "1", "partial:v/a", "\\frac{\\partial v}{\\partial a}"),
            Claim(86, "3", "grad:a", "\\frac{\\partial J}{\\partial a}"),
            Claim(90, "1", "partial:v/u", "\\frac{\\partial v}{\\partial u}"),
            Claim(90, "2", "partial:u/b", "\\frac{\\partial u}{\\partial b}"),
            Claim(90, "6", "grad:b", "\\frac{\\partial J}{\\partial b}"),
            Claim(94, "3", "partial:u/c", "\\frac{\\partial u}{\\partial c}"),
            Claim(94, "9", "grad:c", "\\frac{\\partial J}{\\partial c}"),
        ],
        [])
    {
        Runner = Run,
    };

    private static WorkedRun Run(BiasPolicy? policy)
    {
        var g = new GraphBuilder();
        var a = g.Input("a", "a", 5);
        var b = g.Input("b", "b", 3);
        var c = g.Input("c", "c", 2);
        var u = g.Apply(Ops.Mul, [b, c], "u", "u");
        var v = g.Apply(Ops.Add, [a, u], "v", "v");
        var three = g.Constant(3, "three");
        var j = g.Apply(Ops.Mul, [three, v], "J", "J");
        var graph = g.Build(j);
        return new WorkedRun(Example, graph, null, null, Array.Empty<ParameterUpdate>(), Backward.Run(graph));
    }

    private static Claim Claim(int line, string printed, string quantity, string label) => new(Source, line, printed, QuantityKey.Parse(quantity), label);
}
