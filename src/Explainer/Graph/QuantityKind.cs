namespace Explainer.Graph;

/// <summary>What a <see cref="QuantityKey"/> names: a node's value, its gradient, an edge's partial or contribution, or an update.</summary>
public enum QuantityKind
{
    /// <summary>A node's value, written <c>value:out_h1</c>.</summary>
    Value,

    /// <summary>The output's gradient with respect to a node, ∂output/∂node, written <c>grad:w5</c>.</summary>
    Gradient,

    /// <summary>The local partial of a consumer with respect to one of its inputs, written <c>partial:out_o1/net_o1</c>.</summary>
    Partial,

    /// <summary>The contribution through one edge (upstream gradient × local partial), written <c>path:net_o1/out_h1</c>.</summary>
    Path,

    /// <summary>A parameter's value after the update step, written <c>update:w5</c>.</summary>
    Update,
}
