namespace Explainer.Networks;

/// <summary>The part of a <see cref="NetworkSpec"/> a <see cref="NetworkSpecDiagnostic"/> is about.</summary>
public enum NetworkSpecPart
{
    /// <summary>The neurons per layer.</summary>
    LayerSizes,

    /// <summary>The activation of each layer after the input layer.</summary>
    Activations,

    /// <summary>The weight matrices.</summary>
    Weights,

    /// <summary>The bias vectors.</summary>
    Biases,

    /// <summary>The input vector of each sample.</summary>
    Inputs,

    /// <summary>The target vector of each sample.</summary>
    Targets,

    /// <summary>The loss.</summary>
    Loss,
}
