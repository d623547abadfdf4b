using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>A claim and the engine's verdict on it.</summary>
/// <param name="Claim">The printed claim.</param>
/// <param name="Value">The exact or certified value of the quantity.</param>
/// <param name="Expected">What the source should print: the value at the printed precision, or the printed text with its slip corrected.</param>
/// <param name="Status">Matches or differs.</param>
/// <param name="Slip">The likely slip when it differs.</param>
/// <param name="Explanation">One sentence saying what is wrong, empty when it matches.</param>
public sealed record ClaimCheck(Claim Claim, Real Value, string Expected, ClaimStatus Status, SlipKind Slip, string Explanation)
{
    /// <summary>Gets a value indicating whether the printed value matches.</summary>
    public bool IsMatch => Status == ClaimStatus.Matches;
}
