using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The operations a graph can use.</summary>
public static class Ops
{
    /// <summary>Gets a + b.</summary>
    public static Op Add { get; } = new Simple("add", 2, v => v[0] + v[1], (i, v, o) => Real.One, s => $"{s[0]} + {s[1]}", (i, s, o) => "1");

    /// <summary>Gets a − b.</summary>
    public static Op Sub { get; } = new Simple("sub", 2, v => v[0] - v[1], (i, v, o) => i == 0 ? Real.One : -Real.One, s => $"{s[0]} - {Group(s[1])}", (i, s, o) => i == 0 ? "1" : "-1");

    /// <summary>Gets a · b.</summary>
    public static Op Mul { get; } = new Simple("mul", 2, v => v[0] * v[1], (i, v, o) => v[1 - i], s => $"{Group(s[0])} \\cdot {Group(s[1])}", (i, s, o) => s[1 - i]);

    /// <summary>Gets a / b.</summary>
    public static Op Div { get; } = new Simple(
        "div", 2, v => v[0] / v[1],
        (i, v, o) => i == 0 ? Real.One / v[1] : -(v[0] / (v[1] * v[1])),
        s => $"\\frac{{{s[0]}}}{{{s[1]}}}",
        (i, s, o) => i == 0 ? $"\\frac{{1}}{{{s[1]}}}" : $"-\\frac{{{s[0]}}}{{{Group(s[1])}^2}}");

    /// <summary>Gets −a.</summary>
    public static Op Neg { get; } = new Simple("neg", 1, v => -v[0], (i, v, o) => -Real.One, s => $"-{Group(s[0])}", (i, s, o) => "-1");

    /// <summary>Gets eᵃ; its partial is the output itself.</summary>
    public static Op Exp { get; } = new Simple("exp", 1, v => ExactMath.Exp(v[0]), (i, v, o) => o, s => $"e^{{{s[0]}}}", (i, s, o) => o);

    /// <summary>Gets ln a.</summary>
    public static Op Log { get; } = new Simple("log", 1, v => ExactMath.Log(v[0]), (i, v, o) => Real.One / v[0], s => $"\\ln {Group(s[0])}", (i, s, o) => $"\\frac{{1}}{{{s[0]}}}");

    /// <summary>Gets √a.</summary>
    public static Op Sqrt { get; } = new Simple("sqrt", 1, v => ExactMath.Sqrt(v[0]), (i, v, o) => Real.One / (2 * o), s => $"\\sqrt{{{s[0]}}}", (i, s, o) => $"\\frac{{1}}{{2 {o}}}");

    /// <summary>Gets tanh a; its partial is 1 − out².</summary>
    public static Op Tanh { get; } = new Simple("tanh", 1, v => ExactMath.Tanh(v[0]), (i, v, o) => Real.One - (o * o), s => $"\\tanh {Group(s[0])}", (i, s, o) => $"1 - {Group(o)}^2");

    /// <summary>Gets σ(a) = 1/(1 + e⁻ᵃ); its partial is out(1 − out).</summary>
    public static Op Sigmoid { get; } = new Simple("sigmoid", 1, v => ExactMath.Sigmoid(v[0]), (i, v, o) => o * (Real.One - o), s => $"\\sigma({s[0]})", (i, s, o) => $"{o}(1 - {o})");

    /// <summary>Gets max(0, a); its partial is 1 for a &gt; 0 and 0 otherwise.</summary>
    public static Op Relu { get; } = new Simple("relu", 1, v => ExactMath.Relu(v[0]), (i, v, o) => v[0].Sign > 0 ? Real.One : Real.Zero, s => $"\\max(0, {s[0]})", (i, s, o) => $"[{s[0]} > 0]");

    /// <summary>Gets |a|; its partial is the sign of a (0 at a = 0, a subgradient).</summary>
    public static Op Abs { get; } = new Simple("abs", 1, v => ExactMath.Abs(v[0]), (i, v, o) => v[0].Sign, s => $"\\left|{s[0]}\\right|", (i, s, o) => $"\\operatorname{{sgn}}({s[0]})");

    /// <summary>Gets erf a.</summary>
    public static Op Erf { get; } = new Simple(
        "erf", 1, v => ExactMath.Erf(v[0]),
        (i, v, o) => 2 / ExactMath.Sqrt(Real.Pi) * ExactMath.Exp(-(v[0] * v[0])),
        s => $"\\operatorname{{erf}}({s[0]})",
        (i, s, o) => $"\\frac{{2}}{{\\sqrt{{\\pi}}}} e^{{-{Group(s[0])}^2}}");

    /// <summary>Gets softplus a = ln(1 + eᵃ); its partial is σ(a).</summary>
    public static Op Softplus { get; } = new Simple(
        "softplus", 1, v => ExactMath.Softplus(v[0]), (i, v, o) => ExactMath.Sigmoid(v[0]),
        s => $"\\ln(1 + e^{{{s[0]}}})", (i, s, o) => $"\\sigma({s[0]})");

    /// <summary>Gets swish a = a·σ(a); its partial is σ(a) + a·σ(a)(1 − σ(a)).</summary>
    public static Op Swish { get; } = new Simple(
        "swish", 1, v => v[0] * ExactMath.Sigmoid(v[0]),
        (i, v, o) => ExactMath.Sigmoid(v[0]) + (v[0] * ExactMath.Sigmoid(v[0]) * (1 - ExactMath.Sigmoid(v[0]))),
        s => $"{Group(s[0])} \\sigma({s[0]})", (i, s, o) => $"\\sigma({s[0]}) + {Group(s[0])} \\sigma({s[0]})(1 - \\sigma({s[0]}))");

    /// <summary>Gets GELU a = a·Φ(a) with Φ(a) = ½(1 + erf(a/√2)); its partial is Φ(a) + a·φ(a).</summary>
    public static Op Gelu { get; } = new Simple(
        "gelu", 1, v => v[0] * Phi(v[0]),
        (i, v, o) => Phi(v[0]) + (v[0] * ExactMath.Exp(-(v[0] * v[0]) / 2) / ExactMath.Sqrt(2 * Real.Pi)),
        s => $"{Group(s[0])} \\Phi({s[0]})", (i, s, o) => $"\\Phi({s[0]}) + {Group(s[0])} \\varphi({s[0]})");

    /// <summary>Gets the sum of any number of inputs.</summary>
    public static Op Sum { get; } = new Simple("sum", -1, v => v.Aggregate(Real.Zero, (a, b) => a + b), (i, v, o) => Real.One, s => string.Join(" + ", s), (i, s, o) => "1");

    /// <summary>Gets aⁿ for an integer n.</summary>
    public static Op PowInt(int n) => new Simple(
        $"pow{n}", 1, v => Real.Pow(v[0], n), (i, v, o) => n * Real.Pow(v[0], n - 1),
        s => $"{Group(s[0])}^{{{n}}}",
        (i, s, o) => n == 2 ? $"2 {Group(s[0])}" : $"{n} {Group(s[0])}^{{{n - 1}}}");

    /// <summary>Gets aᵇ for a real exponent (a &gt; 0 unless b is an integer).</summary>
    public static Op Pow { get; } = new Simple(
        "pow", 2, v => ExactMath.Pow(v[0], v[1]),
        (i, v, o) => i == 0 ? v[1] * ExactMath.Pow(v[0], v[1] - 1) : o * ExactMath.Log(v[0]),
        s => $"{Group(s[0])}^{{{s[1]}}}",
        (i, s, o) => i == 0 ? $"{Group(s[1])} {Group(s[0])}^{{{s[1]} - 1}}" : $"{o} \\ln {Group(s[0])}");

    /// <summary>Gets leaky ReLU with slope α for negative inputs.</summary>
    public static Op LeakyRelu(Real alpha) => new Simple(
        "leaky_relu", 1, v => v[0].Sign > 0 ? v[0] : alpha * v[0], (i, v, o) => v[0].Sign > 0 ? Real.One : alpha,
        s => $"\\max({Text(alpha)} \\cdot {Group(s[0])}, {s[0]})", (i, s, o) => $"[{s[0]} > 0] + {Text(alpha)} [{s[0]} \\le 0]");

    /// <summary>Gets ELU: a for a &gt; 0, α(eᵃ − 1) otherwise.</summary>
    public static Op Elu(Real alpha) => new Simple(
        "elu", 1, v => v[0].Sign > 0 ? v[0] : alpha * (ExactMath.Exp(v[0]) - 1), (i, v, o) => v[0].Sign > 0 ? Real.One : o + alpha,
        s => $"\\operatorname{{elu}}({s[0]})", (i, s, o) => $"[{s[0]} > 0] + ({o} + {Text(alpha)}) [{s[0]} \\le 0]");

    /// <summary>Gets Σ wₖxₖ + b over inputs ordered (w₁, x₁, w₂, x₂, …, b): a neuron's net input.</summary>
    public static Op WeightedSum { get; } = new WeightedSumOp();

    /// <summary>Gets ½(t − o)² over inputs (o, t): the notes' per-output error.</summary>
    public static Op HalfSquaredError { get; } = new Simple(
        "half_squared_error", 2, v => (v[1] - v[0]) * (v[1] - v[0]) / 2,
        (i, v, o) => i == 0 ? -(v[1] - v[0]) : v[1] - v[0],
        s => $"\\tfrac{{1}}{{2}}({s[1]} - {s[0]})^2",
        (i, s, o) => i == 0 ? $"-({s[1]} - {s[0]})" : $"{s[1]} - {s[0]}");

    /// <summary>Gets (t − o)² over inputs (o, t).</summary>
    public static Op SquaredError { get; } = new Simple(
        "squared_error", 2, v => (v[1] - v[0]) * (v[1] - v[0]),
        (i, v, o) => i == 0 ? -2 * (v[1] - v[0]) : 2 * (v[1] - v[0]),
        s => $"({s[1]} - {s[0]})^2",
        (i, s, o) => i == 0 ? $"-2({s[1]} - {s[0]})" : $"2({s[1]} - {s[0]})");

    /// <summary>Gets −[t ln o + (1 − t) ln(1 − o)] over inputs (o, t); ∂/∂o = (o − t) / (o(1 − o)).</summary>
    public static Op BinaryCrossEntropy { get; } = new Simple(
        "binary_cross_entropy", 2, v => -((v[1] * ExactMath.Log(v[0])) + ((1 - v[1]) * ExactMath.Log(1 - v[0]))),
        (i, v, o) => i == 0 ? (v[0] - v[1]) / (v[0] * (1 - v[0])) : ExactMath.Log(1 - v[0]) - ExactMath.Log(v[0]),
        s => $"-\\left[{s[1]} \\ln {s[0]} + (1 - {s[1]}) \\ln(1 - {s[0]})\\right]",
        (i, s, o) => i == 0 ? $"\\frac{{{s[0]} - {s[1]}}}{{{s[0]}(1 - {s[0]})}}" : $"\\ln(1 - {s[0]}) - \\ln {s[0]}");

    /// <summary>Gets the mean of any number of inputs.</summary>
    public static Op Mean { get; } = new Simple(
        "mean", -1, v => v.Aggregate(Real.Zero, (a, b) => a + b) / v.Count, (i, v, o) => Real.FromFraction(1, v.Count),
        s => $"\\tfrac{{1}}{{{s.Count}}}({string.Join(" + ", s)})", (i, s, o) => $"\\tfrac{{1}}{{{s.Count}}}");

    /// <summary>Gets the softmax output for class <paramref name="j"/> over all logits: e^{z_j} / Σ e^{z_k}.</summary>
    public static Op Softmax(int j) => new SoftmaxOp(j);

    /// <summary>Gets −Σ tₖ ln pₖ over inputs (p₁…pₙ, t₁…tₙ).</summary>
    public static Op CrossEntropy { get; } = new CrossEntropyOp();

    private static Real Phi(Real x) => (1 + ExactMath.Erf(x / ExactMath.Sqrt(2))) / 2;

    private static string Group(string s) => s.Contains(' ', StringComparison.Ordinal) || s.StartsWith('-') ? $"\\left({s}\\right)" : s;

    private static string Text(Real r) => r.IsExact ? r.ToString() : r.Format(6).Text;

    private sealed class Simple(
        string name,
        int arity,
        Func<IReadOnlyList<Real>, Real> forward,
        Func<int, IReadOnlyList<Real>, Real, Real> partial,
        Func<IReadOnlyList<string>, string> formula,
        Func<int, IReadOnlyList<string>, string, string> partialFormula) : Op
    {
        public override string Name => name;

        public override Real Forward(IReadOnlyList<Real> inputs) => forward(inputs);

        public override Real LocalPartial(int index, IReadOnlyList<Real> inputs, Real output) => partial(index, inputs, output);

        public override string Formula(IReadOnlyList<string> inputs) => formula(inputs);

        public override string LocalPartialFormula(int index, IReadOnlyList<string> inputs, string output) => partialFormula(index, inputs, output);

        public override void Validate(int inputCount)
        {
            if (arity >= 0 ? inputCount != arity : inputCount < 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} takes {(arity >= 0 ? arity.ToString(CultureInfo.InvariantCulture) : "at least 1")} inputs, got {inputCount}"));
            }
        }
    }
}
