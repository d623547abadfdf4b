using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>A node of a computation graph: its value, its ordered inputs, and how to name it.</summary>
/// <param name="Id">The creation index, which is also a topological order.</param>
/// <param name="Name">A plain identifier, e.g. <c>net_h1</c>, unique in the graph.</param>
/// <param name="Symbol">The LaTeX symbol, e.g. <c>net_{h1}</c>.</param>
/// <param name="Kind">Input, parameter, constant or computed.</param>
/// <param name="Op">The operation for a computed node; null for leaves.</param>
/// <param name="Inputs">The input nodes, in order.</param>
/// <param name="Value">The forward value.</param>
public sealed record Node(int Id, string Name, string Symbol, NodeKind Kind, Op? Op, IReadOnlyList<Node> Inputs, Real Value)
{
    /// <summary>Gets the formula of a computed node over its inputs' symbols; a leaf's is its symbol.</summary>
    public string Formula => Op is null ? Symbol : Op.Formula(Inputs.Select(i => i.Symbol).ToList());

    /// <inheritdoc/>
    public bool Equals(Node? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => Id;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
