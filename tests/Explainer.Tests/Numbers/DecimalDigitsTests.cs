using System.Globalization;
using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>The divide-and-conquer decimal conversion against <see cref="BigInteger.ToString()"/>, digit for digit.</summary>
public sealed class DecimalDigitsTests
{
    [Fact]
    public void SeededIntegersOf1To200000Digits_MatchBigIntegerToString()
    {
        // Sizes spread evenly in log scale over 1 … 200,000 digits, each with either sign.
        var random = new Random(20261202);
        for (var i = 0; i < 60; i++)
        {
            var digits = (int)Math.Round(Math.Pow(200_000, i / 59.0));
            var x = RandomInteger(random, digits);
            var signed = random.Next(2) == 0 ? x : -x;

            DecimalDigits.ToString(signed).ShouldBe(signed.ToString(CultureInfo.InvariantCulture), $"{digits} digits");
        }
    }

    [Fact]
    public void SizesAroundEverySplit_MatchBigIntegerToString()
    {
        // 19·2^j digits are where the conversion splits; one digit either side changes which split it takes.
        var random = new Random(7);
        for (var j = 0; j <= 12; j++)
        {
            for (var delta = -1; delta <= 1; delta++)
            {
                var digits = (19 << j) + delta;
                var x = RandomInteger(random, digits);

                DecimalDigits.ToString(x).ShouldBe(x.ToString(CultureInfo.InvariantCulture), $"{digits} digits");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(455)]
    [InlineData(456)]
    [InlineData(4864)]
    [InlineData(4865)]
    [InlineData(100_000)]
    [InlineData(200_000)]
    public void PowersOfTenAndOneLess_AreOneAndZerosAndAllNines(int k)
    {
        var power = BigInteger.Pow(10, k);

        DecimalDigits.ToString(power).ShouldBe("1" + new string('0', k));
        DecimalDigits.ToString(-power).ShouldBe("-1" + new string('0', k));
        DecimalDigits.ToString(power - 1).ShouldBe(k == 0 ? "0" : new string('9', k));
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(20_000)]
    [InlineData(150_000)]
    public void LongZeroRuns_AreKept(int zeros)
    {
        // 1, then a run of zeros wider than several splits, then a few digits: every low half must keep its leading zeros.
        var x = (BigInteger.Pow(10, zeros + 3) * 7) + 123;
        var y = (BigInteger.Pow(10, zeros) * 12345) + BigInteger.Pow(10, zeros / 2);

        DecimalDigits.ToString(x).ShouldBe("7" + new string('0', zeros) + "123");
        DecimalDigits.ToString(-y).ShouldBe(y.ToString(CultureInfo.InvariantCulture).Insert(0, "-"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9999999999999999999")] // 10^19 − 1: one chunk
    [InlineData("10000000000000000000")] // 10^19
    [InlineData("-18446744073709551616")] // −2^64
    public void SmallValues_MatchBigIntegerToString(string text)
    {
        var x = BigInteger.Parse(text, CultureInfo.InvariantCulture);

        DecimalDigits.ToString(x).ShouldBe(text);
    }

    [Fact]
    public void Write_OfLimbs_RightAlignsTheDigitsAndCountsThem()
    {
        var random = new Random(11);
        foreach (var digits in new[] { 1, 30, 400, 463, 2000, 30_000 })
        {
            var x = RandomInteger(random, digits);
            var limbs = new ulong[Math.Max(1, Limbs.For((long)x.GetBitLength()))];
            Limbs.FromMagnitude(x, limbs);
            var chars = new char[DecimalDigits.MaxDigits((long)x.GetBitLength()) + 5];

            var count = DecimalDigits.Write(limbs, chars);

            new string(chars, chars.Length - count, count).ShouldBe(x.ToString(CultureInfo.InvariantCulture), $"{digits} digits");
        }
    }

    [Fact]
    public void MaxDigits_BoundsTheDigitCountOfEveryBitLength()
    {
        for (var bits = 1; bits <= 3000; bits++)
        {
            var smallest = BigInteger.One << (bits - 1);
            var largest = (BigInteger.One << bits) - 1;

            DecimalDigits.MaxDigits(bits).ShouldBeInRange(largest.ToString(CultureInfo.InvariantCulture).Length, smallest.ToString(CultureInfo.InvariantCulture).Length + 1, $"{bits} bits");
        }
    }

    /// <summary>A uniformly random integer of exactly <paramref name="digits"/> decimal digits (its first digit not zero).</summary>
    private static BigInteger RandomInteger(Random random, int digits)
    {
        var chars = new char[digits];
        for (var i = 0; i < digits; i++)
        {
            chars[i] = (char)('0' + random.Next(i == 0 ? 1 : 0, 10));
        }

        return BigInteger.Parse(chars, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
