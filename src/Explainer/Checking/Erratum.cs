namespace Explainer.Checking;

/// <summary>A slip in a source that is not a number (a wrong subscript, broken LaTeX), with its correction.</summary>
/// <param name="Source">The source file name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Printed">The text as printed.</param>
/// <param name="Correction">What it should say.</param>
/// <param name="Kind">A short classification, e.g. <c>wrong subscript</c>.</param>
public sealed record Erratum(string Source, int Line, string Printed, string Correction, string Kind)
{
    /// <summary>Gets the citation <c>file:line</c>.</summary>
    public string Citation => $"{Source}:{Line}";
}
