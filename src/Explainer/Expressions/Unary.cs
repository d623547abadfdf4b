using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A sign applied to an operand, such as "-x".</summary>
/// <remarks>Unary minus binds looser than "^" and tighter than "*" and "/": "-2^2" is "-(2^2)".</remarks>
/// <param name="Op">The sign.</param>
/// <param name="Operand">The expression the sign applies to.</param>
/// <param name="Span">The source text from the sign to the end of the operand.</param>
public sealed record Unary(UnaryOperator Op, Expr Operand, SourceSpan Span) : Expr(Span)
{
    /// <summary>Gets the sign.</summary>
    public UnaryOperator Op { get; } = SyntaxGuard.Defined(Op, nameof(Op));

    /// <summary>Gets the expression the sign applies to.</summary>
    public Expr Operand { get; } = SyntaxGuard.Node(Operand, nameof(Operand));

    private readonly int _contentHash = HashCode.Combine(nameof(Unary), Op, Operand);

    internal override int ChildCount => 1;

    internal override Expr GetChild(int index) =>
        index == 0 ? Operand : throw new ArgumentOutOfRangeException(nameof(index));

    internal override bool HasSameLabel(Expr other) => other is Unary unary && unary.Op == Op;

    /// <inheritdoc/>
    public bool Equals(Unary? other) => ExprEquality.AreEqual(this, other, compareSpans: true);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_contentHash, Span);
}
