using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A reference to a named value: an input variable, a name assigned earlier, or the constant pi or e.</summary>
/// <param name="Name">The name: letters, digits and underscores, not starting with a digit (x, w_5, out_h1, E_total).</param>
/// <param name="Span">The source text of the name.</param>
public sealed record NameRef(string Name, SourceSpan Span) : Expr(Span)
{
    /// <summary>Gets the name as written.</summary>
    public string Name { get; } = SyntaxGuard.Identifier(Name, nameof(Name));

    private readonly int _contentHash = HashCode.Combine(nameof(NameRef), Name);

    internal override int ChildCount => 0;

    internal override Expr GetChild(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    internal override bool HasSameLabel(Expr other) =>
        other is NameRef reference && string.Equals(Name, reference.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(NameRef? other) => ExprEquality.AreEqual(this, other, compareSpans: true);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_contentHash, Span);
}
