using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Near-cancellations over many magnitudes and digit counts against committed mpmath values (Data/near-cancellation.tsv).</summary>
/// <remarks>
/// log(1 ± x), eˣ − 1, x − y with x ≈ y, tanh of a tiny x, sigmoid and softplus tails, for x from 1e−1 to 1e−300 at 1 to
/// 50 digits (seeded, see the generator beside the data). Each must print its digits, certified: a hang or an enclosure fails.
/// </remarks>
public sealed class NearCancellationTests
{
    public static TheoryData<string, string, int, string, int> Rows()
    {
        var data = new TheoryData<string, string, int, string, int>();
        foreach (var r in ReferenceData.Rows("near-cancellation.tsv"))
        {
            data.Add(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], int.Parse(r[4], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void Data_CoversEveryFamily_ManyRows()
    {
        var families = ReferenceData.Rows("near-cancellation.tsv").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Count());

        families.Keys.ShouldBe(
            ["log1p", "log1m", "expm1", "expm1neg", "sqrtdiff", "pidiff", "logexp", "tanh", "tanhneg", "sigmoidneg", "sigmoidcomp", "softplusneg", "softplusexcess"],
            ignoreOrder: true);
        families.Values.ShouldAllBe(n => n == 24);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void NearCancellation_AtReferenceDigits_PrintsTheDigits(string family, string expression, int digits, string mantissa, int exponent)
    {
        var display = ReferenceData.Evaluate(expression).Format(digits);

        display.Status.ShouldBe(RealDisplayStatus.Rounded, $"{family}: {expression} gave {display.Text}");
        ReferenceData.Normalize(display.Text).ShouldBe((mantissa, exponent), $"{family}: {expression}");
    }
}
