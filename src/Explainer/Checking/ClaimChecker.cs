using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>Checks a printed value against the exact one at the printed precision and names the likely slip.</summary>
public static class ClaimChecker
{
    /// <summary>Checks <paramref name="claim"/> against <paramref name="value"/>.</summary>
    /// <remarks>
    /// The printed text sets the precision: its number of decimals. The value is rounded half-even to that many
    /// decimals (every digit proven); the claim matches when the texts are equal as numbers.
    /// </remarks>
    public static ClaimCheck Check(Claim claim, Real value)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var printed = claim.Printed.Trim();
        var decimals = Slips.Decimals(printed);
        var expected = value.FormatFixed(decimals).Text;
        if (Slips.SameNumber(printed, expected))
        {
            return new ClaimCheck(claim, value, expected, ClaimStatus.Matches, SlipKind.None, null);
        }

        var (slip, corrected, why) = Slips.Find(printed, value);
        return new ClaimCheck(claim, value, corrected, ClaimStatus.Differs, slip, why);
    }
}
