using Explainer.Checking;

namespace Explainer.Lessons;

/// <summary>A catalogued mistake with the value it gives for a step's quantity.</summary>
/// <param name="Mistake">The mistake (<see cref="MistakeCatalogue"/>).</param>
/// <param name="Value">The value it gives, to <see cref="StepAnswer.Digits"/> proven significant digits, or a proven enclosure <c>[a, b]</c>.</param>
public sealed record StepMistake(Mistake Mistake, string Value);
