using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>An infix operation such as "a + b", "a*b" or "a^b".</summary>
/// <param name="Op">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Span">The source text from the start of the left operand to the end of the right one.</param>
public sealed record Binary(BinaryOperator Op, Expr Left, Expr Right, SourceSpan Span) : Expr(Span)
{
    /// <summary>Gets the operator.</summary>
    public BinaryOperator Op { get; } = SyntaxGuard.Defined(Op, nameof(Op));

    /// <summary>Gets the left operand.</summary>
    public Expr Left { get; } = SyntaxGuard.Node(Left, nameof(Left));

    /// <summary>Gets the right operand.</summary>
    public Expr Right { get; } = SyntaxGuard.Node(Right, nameof(Right));

    private readonly int _contentHash = HashCode.Combine(nameof(Binary), Op, Left, Right);

    internal override int ChildCount => 2;

    internal override Expr GetChild(int index) => index switch
    {
        0 => Left,
        1 => Right,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    internal override bool HasSameLabel(Expr other) => other is Binary binary && binary.Op == Op;

    /// <inheritdoc/>
    public bool Equals(Binary? other) => ExprEquality.AreEqual(this, other, compareSpans: true);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_contentHash, Span);
}
