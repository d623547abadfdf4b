using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>A small fully connected network with its data: everything needed to run one worked training step.</summary>
/// <param name="LayerSizes">Neurons per layer, the input layer first.</param>
/// <param name="Activations">The activation of each layer after the input layer.</param>
/// <param name="Weights">Weights[l][j][k]: from neuron k of layer l to neuron j of layer l + 1.</param>
/// <param name="Biases">Biases[l][j]: the bias of neuron j of layer l + 1 (for a shared bias, all equal).</param>
/// <param name="Inputs">The input vector (of the first sample, when there are several: see <see cref="NetworkSpec.Samples"/>).</param>
/// <param name="Targets">The target vector (of the first sample).</param>
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
    private IReadOnlyList<NetworkSample> _moreSamples = [];

    /// <summary>Initializes a new instance of the <see cref="NetworkSpec"/> class with a mini-batch: one forward pass per sample, the weights shared.</summary>
    /// <param name="layerSizes">Neurons per layer, the input layer first.</param>
    /// <param name="activations">The activation of each layer after the input layer.</param>
    /// <param name="weights">Weights[l][j][k]: from neuron k of layer l to neuron j of layer l + 1.</param>
    /// <param name="biases">Biases[l][j]: the bias of neuron j of layer l + 1.</param>
    /// <param name="samples">The samples, at least one.</param>
    /// <param name="reduction">How the samples' losses combine into the loss.</param>
    /// <param name="loss">The per-sample loss.</param>
    /// <param name="learningRate">The gradient descent step size η.</param>
    /// <param name="biasPolicy">How biases are laid out and updated.</param>
    /// <exception cref="ArgumentException">There are no samples.</exception>
    public NetworkSpec(
        IReadOnlyList<int> layerSizes,
        IReadOnlyList<Activation> activations,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<Real>>> weights,
        IReadOnlyList<IReadOnlyList<Real>> biases,
        IReadOnlyList<NetworkSample> samples,
        SampleReduction reduction,
        LossKind loss,
        Real learningRate,
        BiasPolicy biasPolicy)
        : this(layerSizes, activations, weights, biases, First(samples).Inputs, First(samples).Targets, loss, learningRate, biasPolicy)
    {
        Samples = samples;
        Reduction = reduction;
    }

    /// <summary>Gets the samples: the first is (<see cref="Inputs"/>, <see cref="Targets"/>); more than one make a mini-batch.</summary>
    /// <remarks>Setting it sets <see cref="Inputs"/> and <see cref="Targets"/> to the first sample's.</remarks>
    public IReadOnlyList<NetworkSample> Samples
    {
        get => [new NetworkSample(Inputs, Targets), .. _moreSamples];
        init
        {
            var first = First(value);
            Inputs = first.Inputs;
            Targets = first.Targets;
            _moreSamples = [.. value.Skip(1)];
        }
    }

    /// <summary>Gets how the samples' losses combine into the loss (with one sample, the loss is that sample's either way).</summary>
    public SampleReduction Reduction { get; init; } = SampleReduction.Sum;

    /// <summary>Gets the TeX symbols that replace the default ones, keyed by node name (<c>h1</c> is not a node; <c>out_h1</c>, <c>w5</c> are); in a mini-batch a key without [s] applies to every sample.</summary>
    public IReadOnlyDictionary<string, string> Symbols { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether nodes use the notes' names (i1, h1, o1, w1…) rather than generic layer-indexed ones.</summary>
    public bool UsesNotesNames => LayerSizes.Count == 3;

    /// <summary>Checks that the shapes agree, reporting every mismatch it can find, each with the layer, row and column it is about.</summary>
    /// <remarks>
    /// Checks that depend on a count (a layer's rows, a row's entries) are made only where the count they depend on is
    /// right, so one wrong count gives one diagnostic, not a cascade.
    /// </remarks>
    /// <returns>The problems in the order of the spec's parts, or an empty list for a spec a network can be built from.</returns>
    public IReadOnlyList<NetworkSpecDiagnostic> Validate()
    {
        List<NetworkSpecDiagnostic> problems = [];
        void Add(string message, NetworkSpecPart part, int? layer = null, int? row = null, int? column = null, int? sample = null)
            => problems.Add(new NetworkSpecDiagnostic(message, new NetworkSpecLocation(part, layer, row, column, sample)));

        if (LayerSizes.Count < 2)
        {
            Add($"a network needs at least an input and an output layer; got {Count(LayerSizes.Count, "layer", "layers")}", NetworkSpecPart.LayerSizes);
            return problems;
        }

        for (var l = 0; l < LayerSizes.Count; l++)
        {
            if (LayerSizes[l] < 1)
            {
                Add($"layer {l} has {LayerSizes[l]} neurons; every layer needs at least one", NetworkSpecPart.LayerSizes, l);
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var layers = LayerSizes.Count - 1;
        var perLayer = layers == 1 ? "one per layer after the input (layer 1)" : string.Create(CultureInfo.InvariantCulture, $"one per layer after the input (layers 1 to {layers})");
        if (Activations.Count != layers)
        {
            Add($"expected {Count(layers, "activation", "activations")}, {perLayer}; got {Activations.Count}", NetworkSpecPart.Activations, Extra(Activations.Count, layers));
        }

        if (Weights.Count != layers)
        {
            Add($"expected {Count(layers, "weight matrix", "weight matrices")}, {perLayer}; got {Weights.Count}", NetworkSpecPart.Weights, Extra(Weights.Count, layers));
        }

        if (Biases.Count != layers)
        {
            Add($"expected {Count(layers, "bias vector", "bias vectors")}, {perLayer}; got {Biases.Count}", NetworkSpecPart.Biases, Extra(Biases.Count, layers));
        }

        for (var l = 0; l < layers; l++)
        {
            CheckWeights(l, problems);
            CheckBiases(l, problems);
        }

        var samples = Samples;
        for (var s = 0; s < samples.Count; s++)
        {
            // In a mini-batch every sample is named, the first too; a single sample is the spec's Inputs and Targets.
            var where = samples.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"sample {s + 1}: ");
            if (samples[s].Inputs.Count != LayerSizes[0])
            {
                Add($"{where}expected {LayerSizes[0]} inputs; got {samples[s].Inputs.Count}", NetworkSpecPart.Inputs, row: Extra(samples[s].Inputs.Count, LayerSizes[0]), sample: s);
            }

            if (samples[s].Targets.Count != LayerSizes[^1])
            {
                Add($"{where}expected {LayerSizes[^1]} targets; got {samples[s].Targets.Count}", NetworkSpecPart.Targets, row: Extra(samples[s].Targets.Count, LayerSizes[^1]), sample: s);
            }
        }

        if (Loss == LossKind.SoftmaxCrossEntropy && Activations.Count == layers && Activations[^1] != Activation.Linear)
        {
            Add("softmax + cross-entropy needs a linear output layer (the logits)", NetworkSpecPart.Activations, layers - 1);
        }

        if (Loss == LossKind.BinaryCrossEntropy && Activations.Count == layers && Activations[^1] != Activation.Sigmoid)
        {
            Add("binary cross-entropy needs a sigmoid output layer (outputs in (0, 1))", NetworkSpecPart.Activations, layers - 1);
        }

        return problems;
    }

    /// <summary>Checks the shapes, as <see cref="Validate"/> does, and throws on the first problem.</summary>
    /// <exception cref="ArgumentException">A shape does not fit; the message is the first diagnostic's.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Message);
        }
    }

    private static NetworkSample First(IReadOnlyList<NetworkSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.Count > 0 ? samples[0] : throw new ArgumentException("a network needs at least one sample", nameof(samples));
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    /// <summary>The index of the first entry past the expected count, or null when entries are missing (the whole list is meant).</summary>
    private static int? Extra(int count, int expected) => count > expected ? expected : null;

    private void CheckWeights(int l, List<NetworkSpecDiagnostic> problems)
    {
        if (l >= Weights.Count)
        {
            return;
        }

        if (Weights[l].Count != LayerSizes[l + 1])
        {
            problems.Add(new($"layer {l + 1} has {LayerSizes[l + 1]} neurons but weight matrix {l + 1} has {Count(Weights[l].Count, "row", "rows")}", new(NetworkSpecPart.Weights, l, Extra(Weights[l].Count, LayerSizes[l + 1]))));
            return;
        }

        for (var j = 0; j < Weights[l].Count; j++)
        {
            if (Weights[l][j].Count != LayerSizes[l])
            {
                problems.Add(new($"row {j + 1} of weight matrix {l + 1} has {Count(Weights[l][j].Count, "entry", "entries")}; expected {LayerSizes[l]}, one per neuron of layer {l}", new(NetworkSpecPart.Weights, l, j, Extra(Weights[l][j].Count, LayerSizes[l]))));
            }
        }
    }

    private void CheckBiases(int l, List<NetworkSpecDiagnostic> problems)
    {
        if (l >= Biases.Count)
        {
            return;
        }

        if (Biases[l].Count != LayerSizes[l + 1])
        {
            problems.Add(new($"bias vector {l + 1} has {Count(Biases[l].Count, "entry", "entries")}; expected {LayerSizes[l + 1]}, one per neuron of layer {l + 1}", new(NetworkSpecPart.Biases, l, Extra(Biases[l].Count, LayerSizes[l + 1]))));
            return;
        }

        if (BiasPolicy == BiasPolicy.PerNeuron)
        {
            return;
        }

        for (var j = 1; j < Biases[l].Count; j++)
        {
            if (!Biases[l][j].Equals(Biases[l][0]))
            {
                problems.Add(new($"bias vector {l + 1} has different values (entry {j + 1} differs from entry 1), which a {BiasPolicies.Name(BiasPolicy)} bias (one per layer) cannot hold; give the layer one bias, or use the per-neuron policy", new(NetworkSpecPart.Biases, l, j)));
                return;
            }
        }
    }
}
