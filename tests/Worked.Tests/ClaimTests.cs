using Explainer.Checking;
using Explainer.Lessons;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>Every value the notes print, checked by the engine: all match except the slips the sources README lists.</summary>
public sealed class ClaimTests
{
    /// <summary>The slips we know of (/work/shared/sources/README.md), by citation and printed text.</summary>
    private static readonly Dictionary<(string Citation, string Printed), KnownSlip> KnownSlips = new()
    {
        [("001_7a5d002ff47c9624.txt:590", "0.2748110083")] = new(SlipKind.DoubledDigit, "0.274811083", "E_o1 is 0.274811083…; the notes type a 0 twice"),
        [("001_7a5d002ff47c9624.txt:615", "074136507")] = new(SlipKind.LostDecimalPoint, "0.74136507", "∂E_total/∂out_o1 = 0.74136507; the \"0.\" is lost"),
        [("002_347323eec919df2e.txt:436", "118")] = new(SlipKind.Garbled, "0.18", "L = ½(1.4 − 0.8)² = 0.18; slide-to-text garble"),
    };

    private readonly RunCache _runs = new();

    public static TheoryData<ClaimCase> AllClaims => [.. ClaimCase.All()];

    [Theory]
    [MemberData(nameof(AllClaims))]
    public void Check_PrintedClaim_HasExpectedVerdict(ClaimCase claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var check = _runs.Get(claim.ExampleId).Checks[claim.Index];
        var known = KnownSlips.GetValueOrDefault((claim.Claim.Citation, claim.Claim.Printed));

        Verdict.Of(check).ShouldBe(Expected(claim.Claim, known), known?.Reason ?? $"the notes print {claim.Claim.Printed}; exact value {check.Value.Format(15).Text}");
    }

    [Fact]
    public void KnownSlips_EachNamesACatalogueClaim_AllFound()
    {
        var printed = ClaimCase.All().Select(c => (c.Claim.Citation, c.Claim.Printed)).ToHashSet();

        KnownSlips.Keys.Where(k => !printed.Contains(k)).ShouldBeEmpty("a listed slip is no longer a claim of the catalogue");
    }

    /// <summary>A claim that matches is expected to print exactly the engine's rounding at the printed precision.</summary>
    private static Verdict Expected(Claim claim, KnownSlip? known)
        => known is null
            ? new Verdict(ClaimStatus.Matches, SlipKind.None, claim.Printed)
            : new Verdict(ClaimStatus.Differs, known.Slip, known.Corrected);

    private sealed record KnownSlip(SlipKind Slip, string Corrected, string Reason);

    private sealed record Verdict(ClaimStatus Status, SlipKind Slip, string Expected)
    {
        public static Verdict Of(ClaimCheck check) => new(check.Status, check.Slip, check.Expected);
    }
}
