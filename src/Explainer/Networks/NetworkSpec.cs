using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>A small fully connected network with its data: everything needed to run one worked training step.</summary>
/// <param name="LayerSizes">Neurons per layer, the input layer first.</param>
/// <param name="Activations">The activation of each layer after the input layer.</param>
/// <param name="Weights">Weights[l][j][k]: from neuron k of layer l to neuron j of layer l + 1.</param>
/// <param name="Biases">Biases[l][j]: the bias of neuron j of layer l + 1 (for a shared bias, all equal).</param>
/// <param name="Inputs">The input vector.</param>
/// <param name="Targets">The target vector.</param>
/// <param name="Loss">The loss.</param>
/// <param name="LearningRate">The gradient descent step size η.</param>
/// <param name="BiasPolicy">How biases are laid out and updated.</param>
public sealed record NetworkSpec(
    IReadOnlyList<int> LayerSizes,
    IReadOnlyList<Activation> Activations,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Real>>> Weights,
    IReadOnlyList<IReadOnlyList<Real>> Biases,
    IReadOnlyList<Real> Inputs,
    IReadOnlyList<Real> Targets,
    LossKind Loss,
    Real LearningRate,
    BiasPolicy BiasPolicy)
{
    /// <summary>Gets a value indicating whether nodes use the notes' names (i1, h1, o1, w1…) rather than generic layer-indexed ones.</summary>
    public bool UsesNotesNames => LayerSizes.Count == 3;

    /// <summary>Checks that the shapes agree; throws a message naming the first mismatch.</summary>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public void Validate()
    {
        if (LayerSizes.Count < 2 || LayerSizes.Any(s => s < 1))
        {
            throw new ArgumentException("a network needs at least an input and an output layer, each with at least one neuron");
        }

        if (Activations.Count != LayerSizes.Count - 1)
        {
            throw new ArgumentException($"expected {LayerSizes.Count - 1} activations, one per layer after the input; got {Activations.Count}");
        }

        if (Weights.Count != LayerSizes.Count - 1)
        {
            throw new ArgumentException($"expected {LayerSizes.Count - 1} weight matrices; got {Weights.Count}");
        }

        if (Biases.Count != LayerSizes.Count - 1)
        {
            throw new ArgumentException($"expected {LayerSizes.Count - 1} bias vectors; got {Biases.Count}");
        }

        for (var l = 0; l + 1 < LayerSizes.Count; l++)
        {
            if (Weights[l].Count != LayerSizes[l + 1])
            {
                throw new ArgumentException($"layer {l + 1} has {LayerSizes[l + 1]} neurons but weight matrix {l + 1} has {Weights[l].Count} rows");
            }

            for (var j = 0; j < Weights[l].Count; j++)
            {
                if (Weights[l][j].Count != LayerSizes[l])
                {
                    throw new ArgumentException($"row {j + 1} of weight matrix {l + 1} has {Weights[l][j].Count} entries; expected {LayerSizes[l]}");
                }
            }

            if (Biases[l].Count != LayerSizes[l + 1])
            {
                throw new ArgumentException($"bias vector {l + 1} has {Biases[l].Count} entries; expected {LayerSizes[l + 1]}");
            }

            if (BiasPolicy != BiasPolicy.PerNeuron && !Biases[l].All(b => b.Equals(Biases[l][0])))
            {
                throw new ArgumentException($"bias vector {l + 1} has different values, which a {BiasPolicies.Name(BiasPolicy)} (one per layer) bias cannot hold; use the per-neuron policy");
            }
        }

        if (Inputs.Count != LayerSizes[0])
        {
            throw new ArgumentException($"expected {LayerSizes[0]} inputs; got {Inputs.Count}");
        }

        if (Targets.Count != LayerSizes[^1])
        {
            throw new ArgumentException($"expected {LayerSizes[^1]} targets; got {Targets.Count}");
        }

        if (Loss == LossKind.SoftmaxCrossEntropy && Activations[^1] != Activation.Linear)
        {
            throw new ArgumentException("softmax + cross-entropy needs a linear output layer (the logits)");
        }
    }
}
