using System.Globalization;
using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>
/// Rounding at every boundary: values at, a hair below and a hair above the half-way points of the last digit, including
/// the carries into the next power of ten (9.95, 99.5, 0.995, 9.9995…), against the exact oracle committed in
/// Data/boundaries.tsv (gen_boundaries.py: exact fractions, mpmath for irrational values).
/// </summary>
public sealed class RoundingBoundaryTests
{
    public static TheoryData<int> DigitCounts()
    {
        var data = new TheoryData<int>();
        foreach (var d in Rows().Select(r => r.Digits).Distinct().Order())
        {
            data.Add(d);
        }

        return data;
    }

    [Fact]
    public void BoundaryFile_HoldsHundredsOfCasesOfEveryKind()
    {
        var rows = Rows().ToList();
        rows.Count.ShouldBeGreaterThan(4000);
        rows.Select(r => r.Digits).Distinct().Count().ShouldBeGreaterThanOrEqualTo(26);
        rows.Min(r => r.Digits).ShouldBe(1);
        rows.Max(r => r.Digits).ShouldBe(50);
        rows.Count(r => r.Kind == "exact-tie").ShouldBeGreaterThan(300);
        rows.Count(r => r.Kind == "certified").ShouldBeGreaterThan(2000);
        rows.Count(r => r.Expected.StartsWith('-')).ShouldBeGreaterThan(2000);

        // Carries: the expected text is one digit string below a power of ten, its neighbour the power itself.
        rows.Count(r => r.Expected.TrimStart('-').TrimStart('0', '.').StartsWith("99", StringComparison.Ordinal)).ShouldBeGreaterThan(500);
    }

    [Theory]
    [MemberData(nameof(DigitCounts))]
    public void ValueNearAHalfWayPoint_AtDigits_IsTheHalfEvenRoundingInItsOwnDecade(int digits)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var row in Rows().Where(r => r.Digits == digits))
        {
            count++;
            var value = ReferenceData.Evaluate(row.Expression);
            var display = value.Format(digits);
            if (value.IsExact != (row.Kind != "certified"))
            {
                failures.Add($"{row.Expression}: exact is {value.IsExact}, the file says {row.Kind}");
            }

            if (display.Text != row.Expected || display.Status != RealDisplayStatus.Rounded)
            {
                failures.Add($"{row.Expression} at {digits}: {display.Text} ({display.Status}), expected {row.Expected}");
            }
        }

        count.ShouldBeGreaterThan(50);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Theory]
    [InlineData("sqrt(2)*sqrt(2)*0.475", 1, "1")] // 0.95 exactly, as an approximation: the even neighbour, or undecided
    [InlineData("sqrt(2)*sqrt(2)*0.475", 2, "0.95")]
    [InlineData("(pi + 2.5) - pi", 1, "2")]
    [InlineData("-((pi + 0.995) - pi)", 2, "-1.0")]
    [InlineData("exp(log(0.125))", 2, "0.12")]
    public void CertifiedValueExactlyAtATie_IsTheEvenNeighbourOrUndecided(string expression, int digits, string expected)
    {
        var value = ReferenceData.Evaluate(expression);
        value.IsExact.ShouldBeFalse();

        var display = value.Format(digits);

        if (display.IsDecided)
        {
            display.Text.ShouldBe(expected);
        }
        else
        {
            display.Text.ShouldStartWith("[");
        }
    }

    [Theory]
    [InlineData("sigmoid(21.41641301)", 9, "0.999999999")] // 0.999999999499999996…
    [InlineData("9.95 - pi*1e-10", 2, "9.9")]
    [InlineData("0.995 - exp(-200)", 2, "0.99")]
    [InlineData("-(0.995 - exp(-200))", 2, "-0.99")]
    [InlineData("9.95 + pi*1e-10", 2, "10")]
    [InlineData("99.5 - exp(-300)", 2, "99")]
    [InlineData("9.9995 - pi*1e-40", 4, "9.999")]
    public void CertifiedValueJustBelowACarry_KeepsItsDecade(string expression, int digits, string expected)
    {
        var display = ReferenceData.Evaluate(expression).Format(digits);

        display.Status.ShouldBe(RealDisplayStatus.Rounded);
        display.Text.ShouldBe(expected);
    }

    [Fact]
    public void ExactValueWithinTheLogarithmsErrorOfAPowerOfTen_RoundsInItsOwnDecade()
    {
        // 1 − 1/(3·10^14) = 0.99999999999999666…: its decade is [0.1, 1), though a double logarithm may put it in [1, 10).
        var value = Real.One - Real.FromFraction(1, 3 * BigInteger.Pow(10, 14));

        value.Format(15).Text.ShouldBe("0.999999999999997");
        value.Format(14).Text.ShouldBe("1.0000000000000");
    }

    [Theory]
    [InlineData(641, -6, 9UL, -7, 2, null)] // 10.015625 ± 0.0703: 9.945 is 9.9 in its own decade, 10.086 is 10
    [InlineData(640, -6, 1UL, -6, 2, "10")] // 10 ± 2^−6: 9.984 carries to 10 in its own decade, like 10.016
    [InlineData(-641, -6, 9UL, -7, 2, null)]
    [InlineData(1023, -10, 1UL, -12, 3, "0.999")] // 0.99902 ± 0.00024: below 1 at every point
    [InlineData(1025, -10, 1UL, -12, 2, "1.0")] // 1.00098 ± 0.00024: above 1 at every point
    public void BallAcrossAPowerOfTen_FastPathDecidesOnlyWhenBothDecadesAgree(long mid, long exp, ulong radMan, long radExp, int digits, string? expected)
    {
        var decided = DecimalRounding.TryRound(new Ball(mid, exp, Mag.Create(radMan, radExp)), digits, out var text);

        if (expected is null)
        {
            // Rounding at the scale of [10, 100) gives "10" for every point, but 9.945 rounds to 9.9 in [1, 10).
            decided.ShouldBeFalse(text);
        }
        else
        {
            decided.ShouldBeTrue();
            text.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("99949", "100000", 3, "999", -1)] // 0.99949 → 0.999
    [InlineData("9995", "10000", 3, "100", 0)] // 0.9995 → 1.00 (the tie goes to the even 1000)
    [InlineData("9985", "10000", 3, "998", -1)] // 0.9985 → 0.998 (tie, even)
    [InlineData("99999999999999666667", "100000000000000000000", 15, "999999999999997", -1)]
    [InlineData("1000001", "1000000", 3, "100", 0)]
    [InlineData("999", "1", 3, "999", 2)]
    [InlineData("9999", "1", 3, "100", 4)]
    public void RoundSignificant_NearAPowerOfTen_DecidesTheDecadeExactly(string num, string den, int digits, string expectedDigits, int expectedExponent)
    {
        var (rounded, exponent) = DecimalText.RoundSignificant(BigInteger.Parse(num, CultureInfo.InvariantCulture), BigInteger.Parse(den, CultureInfo.InvariantCulture), digits);

        (rounded.ToString(CultureInfo.InvariantCulture), exponent).ShouldBe((expectedDigits, expectedExponent));
    }

    private static IEnumerable<(string Expression, int Digits, string Expected, string Kind)> Rows()
        => ReferenceData.Rows("boundaries.tsv").Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), r[2], r[3]));
}
