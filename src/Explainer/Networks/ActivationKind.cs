namespace Explainer.Networks;

/// <summary>Which function an <see cref="Activation"/> is.</summary>
public enum ActivationKind
{
    /// <summary>The logistic sigmoid σ(z) = 1 / (1 + e⁻ᶻ).</summary>
    Sigmoid,

    /// <summary>The hyperbolic tangent.</summary>
    Tanh,

    /// <summary>max(0, z).</summary>
    Relu,

    /// <summary>z for z &gt; 0, α·z otherwise.</summary>
    LeakyRelu,

    /// <summary>z for z &gt; 0, α·(eᶻ − 1) otherwise.</summary>
    Elu,

    /// <summary>ln(1 + eᶻ).</summary>
    Softplus,

    /// <summary>z·σ(z).</summary>
    Swish,

    /// <summary>z·Φ(z), Φ the standard normal distribution function.</summary>
    Gelu,

    /// <summary>The identity: the layer's output is its net input (logits for softmax).</summary>
    Linear,
}
