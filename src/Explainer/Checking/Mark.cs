using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>The judgement of one answer.</summary>
/// <param name="Answer">The answer as given.</param>
/// <param name="Verdict">Correct, rounding, follows, wrong or unknown.</param>
/// <param name="Expected">The exact value at the precision the learner wrote (proven digits); empty for unknown.</param>
/// <param name="Mistake">The id of the catalogued mistake the answer matches (<see cref="MistakeCatalogue"/>), or null.</param>
/// <param name="Message">What to tell the learner, with the numbers.</param>
public sealed record Mark(GivenAnswer Answer, Verdict Verdict, string Expected, string? Mistake, string Message)
{
    /// <summary>Gets the exact value, when the answer names a quantity.</summary>
    public Real? Exact { get; init; }

    /// <summary>Gets the value recomputed from the learner's own earlier answers, when it differs from the exact one.</summary>
    public Real? FromYourAnswers { get; init; }
}
