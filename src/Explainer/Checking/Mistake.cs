namespace Explainer.Checking;

/// <summary>One of the mistakes people make in backpropagation, as the marker names it.</summary>
/// <param name="Id">A stable id, as <c>--json</c> writes it: <c>sign</c>, <c>stale-weights</c>, <c>half-dropped</c> ….</param>
/// <param name="Title">A short name for tables.</param>
/// <param name="Explanation">One or two sentences for the learner: what went wrong and what is right.</param>
public sealed record Mistake(string Id, string Title, string Explanation)
{
    /// <summary>Gets the value the mistake gives for a quantity, computed by the engine with the mistake made; none where it does not apply.</summary>
    internal Func<MistakeContext, Graph.QuantityKey, IEnumerable<Numbers.Real>> Candidates { get; init; } = (_, _) => [];

    /// <summary>Gets the verdict an answer matching this mistake gets: <see cref="Verdict.Wrong"/>, or <see cref="Verdict.Rounding"/> for rounding slips.</summary>
    public Verdict Verdict { get; init; } = Verdict.Wrong;
}
