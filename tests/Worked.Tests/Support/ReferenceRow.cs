namespace Explainer.Worked.Tests.Support;

/// <summary>One row of a reference file: a quantity's value to <see cref="Digits"/> significant digits, computed independently (mpmath).</summary>
/// <param name="Policy">The bias policy (net222.tsv) or the example id (graphs.tsv).</param>
/// <param name="Name">The quantity as the generator names it, e.g. <c>dE_total/dw5</c>.</param>
/// <param name="Digits">The number of significant digits.</param>
/// <param name="Mantissa">The digits, with a leading '-' when negative.</param>
/// <param name="Exponent">The power of ten of the first digit.</param>
/// <param name="Line">The 1-based line in the file.</param>
internal sealed record ReferenceRow(string Policy, string Name, int Digits, string Mantissa, int Exponent, int Line);
