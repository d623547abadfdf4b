using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Strings;

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
        Entry("sigmoid", Ops.Sigmoid),
        Entry("tanh", Ops.Tanh),
        Entry("relu", Ops.Relu),
        Entry("leaky-relu", Ops.LeakyRelu(Real.Parse("0.01"))),
        Entry("elu", Ops.Elu(Real.One)),
        Entry("softplus", Ops.Softplus),
        Entry("swish", Ops.Swish),
        Entry("gelu", Ops.Gelu, [TanhApproximation, SigmoidApproximation]),
    ];

    /// <summary>Builds the lesson, every value displayed as <paramref name="display"/> says.</summary>
    public static Lesson Lesson(DisplayOptions display) => ActivationLessonBuilder.Build(
        Id,
        "Activation functions and their derivatives",
        "Every activation of the slides at x = −2, −0.5, 0 and 1: the value and the slope, each from the same op the networks use, written out with numbers. The derivatives agree with the slides' table (002:121–125) wherever it gives one; the ELU row of the cases form does not (see the errata).",
        Message.Of("setting.activations"),
        Entries,
        Points,
        display);

    /// <summary>0.5x(1 + tanh(√(2/π)(x + 0.044715x³))), the slides' first approximation of GELU.</summary>
    public static Real TanhApproximationOf(Real x)
        => Real.Parse("0.5") * x * (1 + ExactMath.Tanh(ExactMath.Sqrt(2 / Real.Pi) * (x + (Real.Parse("0.044715") * Real.Pow(x, 3)))));

    /// <summary>x·σ(1.702x), the slides' second approximation of GELU.</summary>
    public static Real SigmoidApproximationOf(Real x) => x * ExactMath.Sigmoid(Real.Parse("1.702") * x);

    /// <summary>An activation whose heading and introduction are the string table's <c>activation.ANCHOR.title</c> and <c>.intro</c>; the introduction cites the slides' file as <c>%{slides}</c>.</summary>
    private static ActivationEntry Entry(string anchor, Op op, IReadOnlyList<Func<Real, DisplayOptions, ActivationExtra>>? extras = null)
        => new(anchor, Message.Of($"activation.{anchor}.title"), op, Message.Of($"activation.{anchor}.intro", ("slides", Slides)), extras);

    private static ActivationExtra TanhApproximation(Real x, DisplayOptions display)
    {
        var t = display.Tex(x);
        return new("tanh-approx", $"\\tilde f_{{\\tanh}}({display.Text(x)})", "0.5x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^3)\\right)\\right)",
            $"0.5 \\cdot {t}\\left(1 + \\tanh\\left(\\sqrt{{2/\\pi}}\\,({t} + 0.044715 \\cdot {t}^3)\\right)\\right)", TanhApproximationOf(x));
    }

    private static ActivationExtra SigmoidApproximation(Real x, DisplayOptions display)
    {
        var t = display.Tex(x);
        return new("sigmoid-approx", $"\\tilde f_{{\\sigma}}({display.Text(x)})", "x\\,\\sigma(1.702x)", $"{t}\\,\\sigma(1.702 \\cdot {t})", SigmoidApproximationOf(x));
    }
}
