using Explainer.Graph;

namespace Explainer.Checking;

/// <summary>A value a source prints, exactly as printed, with where it is printed and what it claims to be.</summary>
/// <param name="Source">The source file name, e.g. <c>001_7a5d002ff47c9624.txt</c>.</param>
/// <param name="Line">The 1-based line number in the source.</param>
/// <param name="Printed">The number exactly as printed, slips included (<c>074136507</c>).</param>
/// <param name="Quantity">What it is a value of: <c>value:out_h1</c>, <c>grad:w5</c>, <c>partial:out_o1/net_o1</c>, <c>path:net_o1/out_h1</c> or <c>update:w5</c>.</param>
/// <param name="Label">How the source writes the quantity, in LaTeX, e.g. <c>\frac{\partial E_{total}}{\partial w_5}</c>.</param>
public sealed record Claim(string Source, int Line, string Printed, QuantityKey Quantity, string Label)
{
    /// <summary>Gets the citation <c>file:line</c>.</summary>
    public string Citation => $"{Source}:{Line}";
}
