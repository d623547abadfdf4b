namespace Explainer.Specs;

/// <summary>A value printed in the author's own material, to be checked exactly against the run.</summary>
/// <param name="Printed">The number as printed, digits kept ("0.59326999").</param>
/// <param name="SourceFile">The file it is printed in.</param>
/// <param name="SourceLine">The 1-based line it is printed on.</param>
/// <param name="Quantity">What it is: value:NODE, grad:NODE, update:PARAMETER or partial:NODE/INPUT.</param>
/// <param name="Label">How to show it, or null for the quantity's own symbol.</param>
public sealed record SpecClaim(string Printed, string SourceFile, int SourceLine, string Quantity, string? Label);
