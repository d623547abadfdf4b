namespace Explainer.Rendering;

/// <summary>Turns TeX formulas into MathML, a whole batch at a time.</summary>
internal interface IMathConverter
{
    /// <summary>Converts every formula of <paramref name="items"/>, in order.</summary>
    /// <returns>One result per request, at the same index: MathML, or an error saying why that formula failed.</returns>
    IReadOnlyList<MathResult> Convert(IReadOnlyList<MathRequest> items);
}
