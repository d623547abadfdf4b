namespace Explainer.Lessons;

/// <summary>Which part of the lesson a step belongs to.</summary>
public enum StepKind
{
    /// <summary>A value given at the start: an input, a parameter, a target.</summary>
    Given,

    /// <summary>A node's value computed in the forward pass.</summary>
    Forward,

    /// <summary>A term of the loss.</summary>
    Loss,

    /// <summary>A gradient computed in the backward pass.</summary>
    Backward,

    /// <summary>A parameter update.</summary>
    Update,
}
