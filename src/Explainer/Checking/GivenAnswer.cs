using Explainer.Graph;

namespace Explainer.Checking;

/// <summary>One line (or YAML/JSON entry) of an answers file.</summary>
/// <param name="Name">The quantity's name as written.</param>
/// <param name="Given">The number as written.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column of the name.</param>
public sealed record GivenAnswer(string Name, string Given, int Line, int Column)
{
    /// <summary>Gets the quantity the name resolves to, or null when it names none.</summary>
    public QuantityKey? Key { get; init; }

    /// <summary>Gets why the name resolves to nothing, or null.</summary>
    public string? Problem { get; init; }
}
