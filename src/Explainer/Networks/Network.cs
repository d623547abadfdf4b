using Explainer.Graph;

namespace Explainer.Networks;

/// <summary>A network's graph with its parameters, and which of them gradient descent updates.</summary>
/// <param name="Spec">The spec it was built from.</param>
/// <param name="Graph">The computation graph, whose output is the loss.</param>
/// <param name="Weights">The weight nodes, in the notes' numbering order.</param>
/// <param name="Biases">The bias nodes, layer by layer.</param>
public sealed record Network(NetworkSpec Spec, ComputationGraph Graph, IReadOnlyList<Node> Weights, IReadOnlyList<Node> Biases)
{
    /// <summary>Gets the parameters the bias policy lets gradient descent update: all weights, and the biases unless frozen.</summary>
    public IReadOnlyList<Node> Trainable => Spec.BiasPolicy == BiasPolicy.Frozen ? Weights : [.. Weights, .. Biases];
}
