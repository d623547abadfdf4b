using Explainer.Networks;

namespace Explainer.Rendering;

/// <summary>Where a golden file's values come from.</summary>
/// <param name="Example">The worked example's id, or the expression.</param>
/// <param name="Digits">The significant digits of every value.</param>
/// <param name="BiasPolicy">The bias policy, for networks.</param>
/// <param name="Sources">The source files the example cites.</param>
public sealed record GoldenProvenance(string Example, int Digits, BiasPolicy? BiasPolicy, IReadOnlyList<string> Sources);
