using System.Diagnostics.CodeAnalysis;
using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>What parsing produced: a program when the text is valid, otherwise the diagnostics saying why not.</summary>
public sealed record ExpressionParseResult
{
    internal ExpressionParseResult(ExpressionProgram? program, IReadOnlyList<Diagnostic> diagnostics)
    {
        Program = program;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the parsed program, or <see langword="null"/> when there are diagnostics.</summary>
    public ExpressionProgram? Program { get; }

    /// <summary>Gets the problems found, in source order of discovery; empty when parsing succeeded.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the text parsed without diagnostics.</summary>
    [MemberNotNullWhen(true, nameof(Program))]
    public bool Succeeded => Program is not null;
}
