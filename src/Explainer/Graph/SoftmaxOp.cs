using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>pⱼ = e^{zⱼ} / Σₖ e^{zₖ} over all logits z.</summary>
/// <remarks>∂pⱼ/∂zₖ = pⱼ(δⱼₖ − pₖ).</remarks>
internal sealed class SoftmaxOp(int j) : Op
{
    public override string Name => "softmax";

    public override Real Forward(IReadOnlyList<Real> inputs)
    {
        var exps = inputs.Select(ExactMath.Exp).ToList();
        return exps[j] / exps.Aggregate(Real.Zero, (a, b) => a + b);
    }

    public override Real LocalPartial(int index, IReadOnlyList<Real> inputs, Real output)
        => index == j ? output * (1 - output) : -(output * Forward(inputs, index));

    public override string Formula(IReadOnlyList<string> inputs)
        => $"\\frac{{e^{{{inputs[j]}}}}}{{{string.Join(" + ", inputs.Select(s => $"e^{{{s}}}"))}}}";

    public override string LocalPartialFormula(int index, IReadOnlyList<string> inputs, string output)
        => index == j ? $"{output}(1 - {output})" : $"-{output} \\, p_{{{index + 1}}}";

    public override void Validate(int inputCount)
    {
        if (j < 0 || j >= inputCount)
        {
            throw new ArgumentException($"softmax class {j} is outside the {inputCount} logits");
        }
    }

    private static Real Forward(IReadOnlyList<Real> inputs, int k) => new SoftmaxOp(k).Forward(inputs);
}
