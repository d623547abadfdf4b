using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A number as written in the source, such as "0.15", ".5", "1e-3" or "2.5E+2".</summary>
/// <remarks>The text is kept verbatim and never read as a <see cref="double"/>; the exact number type parses it.</remarks>
/// <param name="Text">The literal exactly as written: digits with an optional fraction and exponent, no sign.</param>
/// <param name="Span">The source text of the literal.</param>
public sealed record NumberLiteral(string Text, SourceSpan Span) : Expr(Span)
{
    /// <summary>Gets the literal exactly as written.</summary>
    public string Text { get; } = SyntaxGuard.NumberLiteral(Text, nameof(Text));

    private readonly int _contentHash = HashCode.Combine(nameof(NumberLiteral), Text);

    internal override int ChildCount => 0;

    internal override Expr GetChild(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    internal override bool HasSameLabel(Expr other) =>
        other is NumberLiteral literal && string.Equals(Text, literal.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(NumberLiteral? other) => ExprEquality.AreEqual(this, other, compareSpans: true);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_contentHash, Span);
}
