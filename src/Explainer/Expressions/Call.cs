using System.Diagnostics.CodeAnalysis;
using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A call of a built-in function, such as "sigmoid(x)" or "leaky_relu(x, 0.01)".</summary>
/// <param name="Function">The function's name as written.</param>
/// <param name="Arguments">The arguments in source order.</param>
/// <param name="Span">The source text from the function's name to the closing parenthesis.</param>
[SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "'Call' is only a Visual Basic keyword; the library targets C# callers and the name matches the other nodes' plain nouns.")]
public sealed record Call(string Function, IReadOnlyList<Expr> Arguments, SourceSpan Span) : Expr(Span)
{
    /// <summary>Gets the function's name as written.</summary>
    public string Function { get; } = SyntaxGuard.Identifier(Function, nameof(Function));

    /// <summary>Gets the arguments in source order; the list is a read-only copy.</summary>
    public IReadOnlyList<Expr> Arguments { get; } = SyntaxGuard.Nodes(Arguments, nameof(Arguments));

    private readonly int _contentHash = HashArguments(Function, Arguments);

    internal override int ChildCount => Arguments.Count;

    internal override Expr GetChild(int index) => Arguments[index];

    internal override bool HasSameLabel(Expr other) =>
        other is Call call
        && string.Equals(Function, call.Function, StringComparison.Ordinal)
        && Arguments.Count == call.Arguments.Count;

    /// <inheritdoc/>
    public bool Equals(Call? other) => ExprEquality.AreEqual(this, other, compareSpans: true);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_contentHash, Span);

    private static int HashArguments(string function, IReadOnlyList<Expr> arguments)
    {
        var hash = new HashCode();
        hash.Add(nameof(Call));
        hash.Add(function);
        foreach (var argument in arguments)
        {
            hash.Add(argument);
        }

        return hash.ToHashCode();
    }
}
