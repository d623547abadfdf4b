using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>One statement of a program: an assignment "u = b*c", or a bare expression with no target.</summary>
/// <param name="Target">The assigned name, or <see langword="null"/> for a bare expression.</param>
/// <param name="TargetSpan">The source text of the target; for a bare expression, an empty span where the value starts.</param>
/// <param name="Value">The expression whose value the statement computes.</param>
public sealed record Statement(string? Target, SourceSpan TargetSpan, Expr Value)
{
    /// <summary>Gets the assigned name, or <see langword="null"/> for a bare expression.</summary>
    public string? Target { get; } = Target is null ? null : SyntaxGuard.Identifier(Target, nameof(Target));

    /// <summary>Gets the expression whose value the statement computes.</summary>
    public Expr Value { get; } = SyntaxGuard.Node(Value, nameof(Value));

    /// <summary>Writes the statement as source text, such as "u = b*c".</summary>
    /// <returns>The statement as text.</returns>
    public override string ToString() => Target is null ? Value.ToString() : $"{Target} = {Value}";
}
