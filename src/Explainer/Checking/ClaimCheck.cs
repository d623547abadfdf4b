using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Checking;

/// <summary>A claim and the engine's verdict on it.</summary>
/// <param name="Claim">The printed claim.</param>
/// <param name="Value">The exact or certified value of the quantity.</param>
/// <param name="Expected">What the source should print: the value at the printed precision, or the printed text with its slip corrected.</param>
/// <param name="Status">Matches or differs.</param>
/// <param name="Slip">The likely slip when it differs.</param>
/// <param name="Explanation">What is wrong, as a message for the string table (<c>slip.KIND</c>); null when it matches.</param>
public sealed record ClaimCheck(Claim Claim, Real Value, string Expected, ClaimStatus Status, SlipKind Slip, Message? Explanation)
{
    /// <summary>Gets a value indicating whether the printed value matches.</summary>
    public bool IsMatch => Status == ClaimStatus.Matches;
}
