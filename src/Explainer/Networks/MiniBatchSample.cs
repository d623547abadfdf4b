using Explainer.Graph;

namespace Explainer.Networks;

/// <summary>One sample of a mini-batch: its data, its forward pass and its loss.</summary>
/// <param name="Number">The sample's number, from 1 (its nodes' names end in [Number]).</param>
/// <param name="Inputs">Its input nodes, in order.</param>
/// <param name="Targets">Its target nodes, in order.</param>
/// <param name="Nodes">Every node of the sample (inputs, computed nodes, targets) in creation order; the shared parameters are not among them.</param>
/// <param name="Outputs">What its loss compares with the targets (the output layer's values, or the softmax probabilities), in order.</param>
/// <param name="Loss">The sample's loss.</param>
public sealed record MiniBatchSample(
    int Number,
    IReadOnlyList<Node> Inputs,
    IReadOnlyList<Node> Targets,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Node> Outputs,
    Node Loss);
