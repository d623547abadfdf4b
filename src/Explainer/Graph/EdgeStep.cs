using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>One edge of the backward pass: how much <see cref="Input"/> contributes to the output's gradient through <see cref="Consumer"/>.</summary>
/// <param name="Consumer">The node computed from <see cref="Input"/>.</param>
/// <param name="Input">The input node.</param>
/// <param name="Index">The position of <see cref="Input"/> among the consumer's inputs.</param>
/// <param name="PartialFormula">∂consumer/∂input as LaTeX over the symbols.</param>
/// <param name="Partial">∂consumer/∂input, the local partial.</param>
/// <param name="Upstream">∂output/∂consumer, the gradient arriving from above.</param>
/// <param name="Contribution">Upstream × partial: this path's share of ∂output/∂input.</param>
public sealed record EdgeStep(Node Consumer, Node Input, int Index, string PartialFormula, Real Partial, Real Upstream, Real Contribution);
