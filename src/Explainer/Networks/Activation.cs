namespace Explainer.Networks;

/// <summary>A layer's activation function.</summary>
public enum Activation
{
    /// <summary>The logistic sigmoid σ(z) = 1 / (1 + e⁻ᶻ).</summary>
    Sigmoid,

    /// <summary>The hyperbolic tangent.</summary>
    Tanh,

    /// <summary>max(0, z).</summary>
    Relu,

    /// <summary>The identity: the layer's output is its net input (logits for softmax).</summary>
    Linear,
}
