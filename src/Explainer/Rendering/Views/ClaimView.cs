using Explainer.Checking;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Rendering.Views;

/// <summary>A claim and its verdict as its templates see it.</summary>
/// <param name="Citation">Where it is printed, <c>file:line</c>.</param>
/// <param name="Printed">The text as printed.</param>
/// <param name="Label">How the source writes the quantity, in TeX.</param>
/// <param name="IsMatch">Whether it matches.</param>
/// <param name="Expected">What the source should print.</param>
/// <param name="Explanation">What is wrong, in words; empty when it matches.</param>
internal sealed record ClaimView(string Citation, string Printed, string Label, bool IsMatch, string Expected, string Explanation)
{
    /// <summary>The view of <paramref name="check"/> in the language of <paramref name="strings"/>.</summary>
    public static ClaimView Of(ClaimCheck check, StringTable strings, DisplayOptions display)
        => new(check.Claim.Citation, check.Claim.Printed, check.Claim.Label, check.IsMatch, check.Expected, check.Explanation is { } why ? strings.Format(why, display) : string.Empty);
}
