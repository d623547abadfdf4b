using System.Collections.ObjectModel;

namespace Explainer.Expressions;

/// <summary>A parsed program: statements in order, such as "u = b*c; v = a + u; J = 3*v", whose output is the last one.</summary>
/// <remarks>
/// The parser guarantees that names are assigned at most once and before they are used, that pi, e and
/// function names are never assigned, and that only the last statement may be a bare expression. Names that
/// are used but never assigned (other than pi and e) are the program's inputs.
/// </remarks>
/// <param name="Statements">The statements in source order; at least one.</param>
public sealed record ExpressionProgram(IReadOnlyList<Statement> Statements)
{
    /// <summary>Gets the statements in source order; the list is a read-only copy with at least one statement.</summary>
    public IReadOnlyList<Statement> Statements { get; } = Copy(Statements);

    /// <summary>Gets the statement whose value is the program's output: the last one.</summary>
    public Statement Output => Statements[^1];

    /// <inheritdoc/>
    public bool Equals(ExpressionProgram? other) => other is not null && Statements.SequenceEqual(other.Statements);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var statement in Statements)
        {
            hash.Add(statement);
        }

        return hash.ToHashCode();
    }

    /// <summary>Writes the program as source text, statements separated by "; ".</summary>
    /// <returns>The program as text.</returns>
    public override string ToString() => string.Join("; ", Statements);

    private static ReadOnlyCollection<Statement> Copy(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException("A program needs at least one statement.", nameof(statements));
        }

        var copy = new Statement[statements.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = statements[i] ?? throw new ArgumentException("The list contains a null statement.", nameof(statements));
        }

        return Array.AsReadOnly(copy);
    }
}
