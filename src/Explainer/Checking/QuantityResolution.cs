using Explainer.Graph;

namespace Explainer.Checking;

/// <summary>What a name written by a learner names: a quantity of the run, or why it names none.</summary>
/// <param name="Key">The quantity, or <see langword="null"/> when the name names none.</param>
/// <param name="Problem">Why the name names no quantity and what to write instead; <see langword="null"/> when <paramref name="Key"/> is set.</param>
public readonly record struct QuantityResolution(QuantityKey? Key, string? Problem)
{
    /// <summary>Gets a value indicating whether the name names a quantity.</summary>
    public bool Found => Key is not null;
}
