namespace Explainer.Graph;

/// <summary>What a node is: a leaf the user gives, or a computed value.</summary>
public enum NodeKind
{
    /// <summary>A data input (x, a target): has a gradient but is never updated.</summary>
    Input,

    /// <summary>A trainable parameter (a weight or bias).</summary>
    Parameter,

    /// <summary>A target value the loss compares against: data, not something a lesson differentiates by.</summary>
    Target,

    /// <summary>A fixed number written in the formula.</summary>
    Constant,

    /// <summary>A value computed by an <see cref="Graph.Op"/> from other nodes.</summary>
    Computed,
}
