using System.Globalization;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>A layer's activation function, with its parameter α for leaky ReLU and ELU.</summary>
public sealed record Activation
{
    private Activation(ActivationKind kind, Real? alpha)
    {
        Kind = kind;
        Alpha = alpha;
    }

    /// <summary>Gets the logistic sigmoid σ(z) = 1 / (1 + e⁻ᶻ).</summary>
    public static Activation Sigmoid { get; } = new(ActivationKind.Sigmoid, null);

    /// <summary>Gets the hyperbolic tangent.</summary>
    public static Activation Tanh { get; } = new(ActivationKind.Tanh, null);

    /// <summary>Gets max(0, z).</summary>
    public static Activation Relu { get; } = new(ActivationKind.Relu, null);

    /// <summary>Gets softplus ln(1 + eᶻ).</summary>
    public static Activation Softplus { get; } = new(ActivationKind.Softplus, null);

    /// <summary>Gets swish z·σ(z).</summary>
    public static Activation Swish { get; } = new(ActivationKind.Swish, null);

    /// <summary>Gets GELU z·Φ(z).</summary>
    public static Activation Gelu { get; } = new(ActivationKind.Gelu, null);

    /// <summary>Gets the identity: the layer's output is its net input (logits for softmax).</summary>
    public static Activation Linear { get; } = new(ActivationKind.Linear, null);

    /// <summary>Gets which function this is.</summary>
    public ActivationKind Kind { get; }

    /// <summary>Gets α for leaky ReLU and ELU; null for the others.</summary>
    public Real? Alpha { get; }

    /// <summary>Gets the name the spec files use (sigmoid, leaky_relu…).</summary>
    public string Name => Kind switch
    {
        ActivationKind.LeakyRelu => "leaky_relu",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Leaky ReLU: z for z &gt; 0, α·z otherwise.</summary>
    /// <param name="alpha">The slope for z ≤ 0.</param>
    public static Activation LeakyRelu(Real alpha) => new(ActivationKind.LeakyRelu, alpha);

    /// <summary>ELU: z for z &gt; 0, α·(eᶻ − 1) otherwise.</summary>
    /// <param name="alpha">The scale for z ≤ 0.</param>
    public static Activation Elu(Real alpha) => new(ActivationKind.Elu, alpha);

    /// <summary>The graph op that computes this activation, or null for <see cref="Linear"/> (no node).</summary>
    public Op? Op() => Kind switch
    {
        ActivationKind.Sigmoid => Ops.Sigmoid,
        ActivationKind.Tanh => Ops.Tanh,
        ActivationKind.Relu => Ops.Relu,
        ActivationKind.LeakyRelu => Ops.LeakyRelu(Alpha!.Value),
        ActivationKind.Elu => Ops.Elu(Alpha!.Value),
        ActivationKind.Softplus => Ops.Softplus,
        ActivationKind.Swish => Ops.Swish,
        ActivationKind.Gelu => Ops.Gelu,
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() => Alpha is { } a ? string.Create(CultureInfo.InvariantCulture, $"{Name}(alpha={a})") : Name;
}
