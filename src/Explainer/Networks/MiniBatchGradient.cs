using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>A shared parameter's gradient over a mini-batch and the samples' gradients it is the sum (or the mean) of.</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="Samples">∂E⁽ˢ⁾/∂θ for each sample s, read from the parameter's contributions through that sample's nodes, in sample order.</param>
/// <param name="Value">∂E/∂θ, from the batch's backward pass.</param>
public sealed record MiniBatchGradient(Node Parameter, IReadOnlyList<Real> Samples, Real Value);
