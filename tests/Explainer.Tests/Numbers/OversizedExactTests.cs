using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Exact values past the size cap are kept inside an approximation; arithmetic must still agree with their equality.</summary>
public sealed class OversizedExactTests
{
    private static readonly Real Big = Real.Pow(2, 33_001);

    [Fact]
    public void Pow_PastTheCap_IsKeptAsAnExactValue_ThatEqualsTheSamePowerComputedAgain()
    {
        Big.IsExact.ShouldBeFalse();
        (Big == Real.Pow(2, 33_001)).ShouldBeTrue();
    }

    [Fact]
    public void Subtract_TwoEqualOversizedValues_IsExactlyZero()
    {
        var difference = Big - Real.Pow(2, 33_001);

        difference.IsExact.ShouldBeTrue();
        difference.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Divide_AnOversizedValueByItsEqual_IsExactlyOne()
        => (Big / Real.Pow(2, 33_001)).Equals(Real.One).ShouldBeTrue();

    [Fact]
    public void Multiply_BackUnderTheCap_IsExact()
    {
        var product = Big * Real.Pow(2, -33_000);

        product.IsExact.ShouldBeTrue();
        product.ShouldBe(Real.FromFraction(2, 1));
    }

    [Fact]
    public void Negate_AnOversizedValue_StaysExactlyComparable()
    {
        var literal = Real.FromFraction(-BigInteger.Pow(2, 33_001), 1);

        Real.TryCompare(-Big, literal).ShouldBe(0);
        (-Big + Big).IsZero.ShouldBeTrue();
    }

    [Fact]
    public void EqualValues_HaveAZeroDifference_ForEveryPairOfASet()
    {
        Real[] values = [Big, Real.Pow(2, 33_001), -Big, Real.Pow(3, 21_000), Real.Pow(3, 21_000) * 2, Real.FromFraction(1, 3)];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                if (a.Equals(b))
                {
                    (a - b).IsZero.ShouldBeTrue($"{a.Format(5).Text} − {b.Format(5).Text}");
                }
            }
        }
    }
}
