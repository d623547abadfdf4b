namespace Explainer.Networks;

/// <summary>How biases are laid out and whether gradient descent updates them.</summary>
public enum BiasPolicy
{
    /// <summary>One bias per layer, as the notes draw it, never updated (the notes never update biases).</summary>
    Frozen,

    /// <summary>One bias per layer feeding every neuron of the layer, updated by the sum of its paths.</summary>
    Shared,

    /// <summary>One bias per neuron, each updated.</summary>
    PerNeuron,
}
