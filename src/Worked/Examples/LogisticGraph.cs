using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Worked.Examples;

/// <summary>The computation graph of f(x; w, b) = 1 / (exp(−(wx + b)) + 1) in six steps, from notes 002, at x = 1, w = 0, b = 0.</summary>
internal static class LogisticGraph
{
    private const string Source = "002_347323eec919df2e.txt";

    public static WorkedExample Example { get; } = new(
        "logistic-graph",
        "The logistic function as a computation graph",
        "f(x; w, b) = 1/(exp(−(wx + b)) + 1) broken into h1 … h6, differentiated by the chain rule at x = 1, w = 0, b = 0.",
        null,
        [
            Claim(483, "1", "grad:h6", "\\frac{\\partial f}{\\partial h_6}"),
            Claim(483, "-0.25", "partial:h6/h5", "\\frac{\\partial h_6}{\\partial h_5}"),
            Claim(483, "1", "partial:h5/h4", "\\frac{\\partial h_5}{\\partial h_4}"),
            Claim(483, "1", "partial:h4/h3", "\\frac{\\partial h_4}{\\partial h_3}"),
            Claim(483, "-1", "partial:h3/h2", "\\frac{\\partial h_3}{\\partial h_2}"),
            Claim(483, "1", "partial:h2/h1", "\\frac{\\partial h_2}{\\partial h_1}"),
            Claim(483, "1", "partial:h1/w", "\\frac{\\partial h_1}{\\partial w}"),
            Claim(484, "0.25", "grad:w", "\\frac{\\partial f}{\\partial w}"),
        ],
        [
            new Erratum(Source, 475, "\\frac{\\partial h_5}{\\partial t} = 1", "\\frac{\\partial h_5}{\\partial h_4} = 1", "wrong variable"),
            new Erratum(Source, 476, "\\frac{\\partial h_4}{\\partial h_5} = -\\frac{1}{h_5^2}", "\\frac{\\partial h_6}{\\partial h_5} = -\\frac{1}{h_5^2}", "wrong subscripts"),
            new Erratum(Source, 482, "\\frac{\\partial h_4}{\\partial h_3} \\frac{\\partial h_2}{\\partial h_1}", "\\frac{\\partial h_4}{\\partial h_3} \\frac{\\partial h_3}{\\partial h_2} \\frac{\\partial h_2}{\\partial h_1}", "missing factor (line 483 multiplies by its −1)"),
        ])
    {
        Runner = Run,
    };

    private static WorkedRun Run(BiasPolicy? policy)
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", 1);
        var w = g.Parameter("w", "w", 0);
        var b = g.Parameter("b", "b", 0);
        var h1 = g.Apply(Ops.Mul, [x, w], "h1", "h_1");
        var h2 = g.Apply(Ops.Add, [h1, b], "h2", "h_2");
        var minusOne = g.Constant(-1, "minus_one");
        var h3 = g.Apply(Ops.Mul, [h2, minusOne], "h3", "h_3");
        var h4 = g.Apply(Ops.Exp, [h3], "h4", "h_4");
        var one = g.Constant(1, "one");
        var h5 = g.Apply(Ops.Add, [h4, one], "h5", "h_5");
        var h6 = g.Apply(Ops.Div, [one, h5], "h6", "h_6");
        var graph = g.Build(h6);
        return new WorkedRun(Example, graph, null, null, Array.Empty<ParameterUpdate>(), Backward.Run(graph));
    }

    private static Claim Claim(int line, string printed, string quantity, string label) => new(Source, line, printed, QuantityKey.Parse(quantity), label);
}
