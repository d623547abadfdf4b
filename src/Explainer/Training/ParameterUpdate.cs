using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>One gradient descent update: θ⁺ = θ − η · ∂E/∂θ.</summary>
/// <param name="Parameter">The parameter's node.</param>
/// <param name="Old">θ before the step.</param>
/// <param name="Gradient">∂E/∂θ.</param>
/// <param name="LearningRate">η.</param>
/// <param name="New">θ⁺.</param>
public sealed record ParameterUpdate(Node Parameter, Real Old, Real Gradient, Real LearningRate, Real New);
