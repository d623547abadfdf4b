using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>−Σₖ tₖ ln pₖ over inputs (p₁…pₙ, t₁…tₙ).</summary>
/// <remarks>∂/∂pₖ = −tₖ/pₖ; ∂/∂tₖ = −ln pₖ.</remarks>
internal sealed class CrossEntropyOp : Op
{
    public override string Name => "cross_entropy";

    public override Real Forward(IReadOnlyList<Real> inputs)
    {
        var n = inputs.Count / 2;
        var sum = Real.Zero;
        for (var k = 0; k < n; k++)
        {
            if (!inputs[n + k].IsZero)
            {
                sum -= inputs[n + k] * ExactMath.Log(inputs[k]);
            }
        }

        return sum;
    }

    public override Real LocalPartial(int index, IReadOnlyList<Real> inputs, Real output)
    {
        var n = inputs.Count / 2;
        return index < n ? -(inputs[n + index] / inputs[index]) : -ExactMath.Log(inputs[index - n]);
    }

    public override string Formula(IReadOnlyList<string> inputs)
    {
        var n = inputs.Count / 2;
        return "-(" + string.Join(" + ", Enumerable.Range(0, n).Select(k => $"{inputs[n + k]} \\ln {inputs[k]}")) + ")";
    }

    public override string LocalPartialFormula(int index, IReadOnlyList<string> inputs, string output)
    {
        var n = inputs.Count / 2;
        return index < n ? $"-\\frac{{{inputs[n + index]}}}{{{inputs[index]}}}" : $"-\\ln {inputs[index - n]}";
    }

    public override void Validate(int inputCount)
    {
        if (inputCount < 2 || inputCount % 2 != 0)
        {
            throw new ArgumentException($"cross_entropy takes n probabilities and n targets; got {inputCount} inputs");
        }
    }
}
