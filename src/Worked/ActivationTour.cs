using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Numbers;

namespace Explainer.Worked;

/// <summary>The activation functions of the slides (002:63–125) and their derivatives, tabulated at a few points: the activations lesson.</summary>
public static class ActivationTour
{
    /// <summary>The lesson's id.</summary>
    public const string Id = "activations";

    private const string Slides = "002_347323eec919df2e.txt";

    /// <summary>The points every function is evaluated at.</summary>
    public static IReadOnlyList<Real> Points { get; } = [Real.Parse("-2"), Real.Parse("-0.5"), Real.Zero, Real.One];

    /// <summary>The functions, in the slides' order, with where the slides define them and state their derivatives.</summary>
    public static IReadOnlyList<ActivationEntry> Entries { get; } =
    [
        new("sigmoid", "Logistic σ", Ops.Sigmoid, $"σ(x) = 1/(1 + exp(−x)) ({Slides}:63); the slides' table gives f′ = f(1 − f) ({Slides}:121). Saturates on both sides and is not zero-centred."),
        new("tanh", "tanh", Ops.Tanh, $"tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) ({Slides}:65); f′ = 1 − f² ({Slides}:122). Zero-centred, still saturating."),
        new("relu", "ReLU", Ops.Relu, $"ReLU(x) = max(0, x) ({Slides}:76); f′ = I(x > 0) ({Slides}:123), so f′(0) = 0 by that convention. A unit stuck at x < 0 gets no gradient: the dying ReLU."),
        new("leaky-relu", "Leaky ReLU (γ = 0.01)", Ops.LeakyRelu(Real.Parse("0.01")), $"x for x > 0, γx otherwise ({Slides}:81); f′ = 1 or γ."),
        new("elu", "ELU (γ = 1)", Ops.Elu(Real.One), $"max(0, x) + min(0, γ(eˣ − 1)) ({Slides}:124; the cases form at line 85 wrongly repeats PReLU's γᵢx, see the errata); f′ = I(x > 0) + I(x ≤ 0)·γeˣ ({Slides}:124), which for x ≤ 0 is f(x) + γ."),
        new("softplus", "Softplus", Ops.Softplus, $"log(1 + exp(x)) ({Slides}:87); f′ = 1/(1 + exp(−x)) = σ(x) ({Slides}:125)."),
        new("swish", "Swish (β = 1)", Ops.Swish, $"x·σ(βx) ({Slides}:101); f′ = σ(x) + x·σ(x)(1 − σ(x)) for β = 1 (the slides give no derivative)."),
        new("gelu", "GELU", Ops.Gelu, $"x·P(X ≤ x) = x·Φ(x) for X ~ N(0, 1) ({Slides}:108), Φ(x) = ½(1 + erf(x/√2)); f′ = Φ(x) + x·φ(x). The slides' two approximations ({Slides}:114, 116) follow each value, so their error shows.", [TanhApproximation, SigmoidApproximation]),
    ];

    /// <summary>Builds the lesson with <paramref name="digits"/> significant digits.</summary>
    public static Lesson Lesson(int digits) => ActivationLessonBuilder.Build(
        Id,
        "Activation functions and their derivatives",
        "Every activation of the slides at x = −2, −0.5, 0 and 1: the value and the slope, each from the same op the networks use, written out with numbers. The derivatives agree with the slides' table (002:121–125) wherever it gives one; the ELU row of the cases form does not (see the errata).",
        "no network: each function on its own",
        Entries,
        Points,
        digits);

    /// <summary>0.5x(1 + tanh(√(2/π)(x + 0.044715x³))), the slides' first approximation of GELU.</summary>
    public static Real TanhApproximationOf(Real x)
        => Real.Parse("0.5") * x * (1 + ExactMath.Tanh(ExactMath.Sqrt(2 / Real.Pi) * (x + (Real.Parse("0.044715") * Real.Pow(x, 3)))));

    /// <summary>x·σ(1.702x), the slides' second approximation of GELU.</summary>
    public static Real SigmoidApproximationOf(Real x) => x * ExactMath.Sigmoid(Real.Parse("1.702") * x);

    private static ActivationExtra TanhApproximation(Real x, int digits)
    {
        var t = LessonBuilder.Tex(x, digits);
        return new("tanh-approx", $"\\tilde f_{{\\tanh}}({LessonBuilder.Show(x, digits)})", "0.5x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^3)\\right)\\right)",
            $"0.5 \\cdot {t}\\left(1 + \\tanh\\left(\\sqrt{{2/\\pi}}\\,({t} + 0.044715 \\cdot {t}^3)\\right)\\right)", TanhApproximationOf(x));
    }

    private static ActivationExtra SigmoidApproximation(Real x, int digits)
    {
        var t = LessonBuilder.Tex(x, digits);
        return new("sigmoid-approx", $"\\tilde f_{{\\sigma}}({LessonBuilder.Show(x, digits)})", "x\\,\\sigma(1.702x)", $"{t}\\,\\sigma(1.702 \\cdot {t})", SigmoidApproximationOf(x));
    }
}
