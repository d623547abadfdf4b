using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A node of an expression's syntax tree: immutable, with the span of source text it came from.</summary>
/// <remarks>
/// Trees can be very deep (a chain of 100,000 additions is 100,000 levels), so nothing here recurses:
/// <see cref="PostOrder"/>, <see cref="ToString"/>, equality and hashing all use explicit stacks.
/// Equality is structural and includes spans; the hash code is computed once per node, so keying a
/// dictionary by nodes costs O(1) per lookup. <see cref="IsEquivalentTo"/> compares structure only.
/// </remarks>
/// <param name="Span">The source text the node was parsed from, including any parentheses around it.</param>
public abstract record Expr(SourceSpan Span)
{
    /// <summary>Gets the number of child nodes (operands or arguments), in source order.</summary>
    internal abstract int ChildCount { get; }

    /// <summary>Gets a child node by its 0-based position in source order.</summary>
    internal abstract Expr GetChild(int index);

    /// <summary>Tells whether <paramref name="other"/> has the same kind, operator, text or name as this node, and as many children.</summary>
    internal abstract bool HasSameLabel(Expr other);

    /// <summary>Enumerates this node and all its descendants, children before parents, left to right.</summary>
    /// <remarks>The walk uses an explicit stack, so it is safe on trees of any depth; the order is deterministic.</remarks>
    /// <returns>Every node of the tree exactly once, ending with this node.</returns>
    public IEnumerable<Expr> PostOrder()
    {
        var stack = new Stack<(Expr Node, int NextChild)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < node.ChildCount)
            {
                stack.Push((node, next + 1));
                stack.Push((node.GetChild(next), 0));
            }
            else
            {
                yield return node;
            }
        }
    }

    /// <summary>Tells whether two trees have the same structure, operators, numbers and names, ignoring spans.</summary>
    /// <param name="other">The tree to compare with.</param>
    /// <returns><see langword="true"/> when the trees would evaluate the same way for the same inputs.</returns>
    public bool IsEquivalentTo(Expr? other) => ExprEquality.AreEqual(this, other, compareSpans: false);

    /// <summary>Writes the expression back as text with the fewest parentheses that keep its structure.</summary>
    /// <remarks>Parsing the result gives an equivalent tree (see <see cref="IsEquivalentTo"/>); number literals are written verbatim.</remarks>
    /// <returns>The expression as text, for example "3*(a + b*c)".</returns>
    public sealed override string ToString() => ExprPrinter.Print(this);
}
