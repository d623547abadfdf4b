using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>Σ wₖxₖ + b over inputs (w₁, x₁, …, wₙ, xₙ, b).</summary>
/// <remarks>∂/∂wₖ = xₖ, ∂/∂xₖ = wₖ, ∂/∂b = 1: the notes' ∂net_{o1}/∂w₅ = out_{h1}.</remarks>
internal sealed class WeightedSumOp : Op
{
    public override string Name => "weighted_sum";

    /// <remarks>One fused dot product: exact when every input is, otherwise one certified value rounded once (<see cref="Real.Dot"/>).</remarks>
    public override Real Forward(IReadOnlyList<Real> inputs) => Real.Dot(inputs, inputs.Count - 1, inputs[^1]);

    public override Real LocalPartial(int index, IReadOnlyList<Real> inputs, Real output)
        => index == inputs.Count - 1 ? Real.One : inputs[index ^ 1];

    internal override bool PartialIsInput(int index, int inputCount, out int input)
    {
        input = index == inputCount - 1 ? -1 : index ^ 1;
        return input >= 0;
    }

    public override string Formula(IReadOnlyList<string> inputs)
    {
        var terms = new List<string>();
        for (var k = 0; k + 1 < inputs.Count; k += 2)
        {
            terms.Add($"{inputs[k]} \\cdot {inputs[k + 1]}");
        }

        terms.Add(inputs[^1]);
        return string.Join(" + ", terms);
    }

    public override string LocalPartialFormula(int index, IReadOnlyList<string> inputs, string output)
        => index == inputs.Count - 1 ? "1" : inputs[index ^ 1];

    public override void Validate(int inputCount)
    {
        if (inputCount < 1 || inputCount % 2 == 0)
        {
            throw new ArgumentException($"weighted_sum takes pairs (w, x) and a bias, an odd number of inputs; got {inputCount}");
        }
    }
}
