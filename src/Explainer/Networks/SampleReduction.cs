namespace Explainer.Networks;

/// <summary>How the per-sample losses of a mini-batch combine.</summary>
public enum SampleReduction
{
    /// <summary>The loss is the sum of the samples' losses.</summary>
    Sum,

    /// <summary>The loss is their mean.</summary>
    Mean,
}
