using Explainer.Graph;

namespace Explainer.Checking;

/// <summary>One answer of an answers file, as the learner wrote it: a line <c>name = number</c>, or a YAML or JSON entry.</summary>
/// <param name="Name">The name as written, e.g. <c>dE/dw5</c>, trimmed.</param>
/// <param name="Given">The number exactly as written, e.g. <c>0.0822</c>; never converted through binary floating point.</param>
/// <param name="Line">The 1-based line of the name.</param>
/// <param name="Column">The 1-based column of the name.</param>
public sealed record GivenAnswer(string Name, string Given, int Line, int Column)
{
    /// <summary>Gets the quantity the name resolves to, or <see langword="null"/> when it names none (then <see cref="Problem"/> says why).</summary>
    public QuantityKey? Key { get; init; }

    /// <summary>Gets why the name names no quantity of the run, e.g. "no quantity 'out_h3'; did you mean 'out_h1'?"; <see langword="null"/> when <see cref="Key"/> is set.</summary>
    public string? Problem { get; init; }

    /// <summary>Gets the 1-based line of the number.</summary>
    public int ValueLine { get; init; }

    /// <summary>Gets the 1-based column of the number.</summary>
    public int ValueColumn { get; init; }
}
