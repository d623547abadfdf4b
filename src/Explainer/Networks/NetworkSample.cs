using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>One training sample of a network: an input vector and its target vector.</summary>
/// <param name="Inputs">The input vector, one entry per input neuron.</param>
/// <param name="Targets">The target vector, one entry per output neuron.</param>
public sealed record NetworkSample(IReadOnlyList<Real> Inputs, IReadOnlyList<Real> Targets);
