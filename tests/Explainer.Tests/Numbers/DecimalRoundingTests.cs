using System.Globalization;
using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>
/// The allocation-free rounding of balls against an oracle written the slow, obvious way: both endpoints as exact
/// rationals, each rounded half-even with BigInteger division. The fast path may decline; when it answers, the oracle
/// must agree that every point of the ball rounds to exactly that text.
/// </summary>
public sealed class DecimalRoundingTests
{
    [Theory]
    [InlineData(5, -1, 1, "2")] // 2.5 → 2 (tie to even)
    [InlineData(7, -1, 1, "4")] // 3.5 → 4 (tie to even)
    [InlineData(1, -3, 2, "0.12")] // 0.125 → 0.12
    [InlineData(3, -3, 2, "0.38")] // 0.375 → 0.38
    [InlineData(31999, -5, 4, "1000")] // 31999/32 = 999.96875 → 1000 (a carry into a new digit)
    [InlineData(-31999, -5, 4, "-1000")]
    [InlineData(1, -10, 3, "0.000977")] // 2^−10 = 0.0009765625
    [InlineData(1, -40, 5, "9.0949e-13")] // 2^−40 = 9.094947…e−13
    public void ExactDyadic_RoundsHalfEven(long mid, long exp, int digits, string expected)
    {
        DecimalRounding.TryRound(new Ball(mid, exp, Mag.Zero), digits, out var text).ShouldBeTrue();
        text.ShouldBe(expected);
    }

    [Fact]
    public void BallAcrossARoundingBoundary_IsNotDecided()
    {
        // 0.125 ± 2^−20 holds points that round to 0.12 and to 0.13.
        DecimalRounding.TryRound(new Ball(1, -3, Mag.Pow2(-20)), 2, out var text).ShouldBeFalse();
        text.ShouldBeNull();
    }

    [Fact]
    public void SeededRandomBalls_AgreeWithTheExactOracle()
    {
        var random = new Random(20261122);
        var decided = 0;
        for (var i = 0; i < 4000; i++)
        {
            var bits = random.Next(1, 700);
            var mid = RandomInteger(random, bits) * (random.Next(2) == 0 ? 1 : -1);
            if (mid.IsZero)
            {
                continue;
            }

            var exp = -bits + random.Next(-40, 30);
            var rad = random.Next(4) switch
            {
                0 => Mag.Zero,
                1 => Mag.Create((ulong)random.NextInt64(1, long.MaxValue), exp - 64 - random.Next(0, 80)),
                2 => Mag.Create((ulong)random.Next(1, 1000), exp + random.Next(-10, 10)),
                _ => Mag.Create((ulong)random.NextInt64(1, long.MaxValue), exp - random.Next(0, 200)),
            };
            var digits = random.Next(1, Math.Max(2, (int)(bits * 0.3) + 5));
            var ball = new Ball(mid, exp, rad);
            var oracle = Oracle(ball, digits);
            if (DecimalRounding.TryRound(ball, digits, out var text))
            {
                decided++;
                text.ShouldBe(oracle, $"mid {mid}, exp {exp}, rad {rad.Man}·2^{rad.Exp}, {digits} digits");
            }
        }

        // The fast path is the common path: it must decide most balls whose radius is far below the last digit.
        decided.ShouldBeGreaterThan(1500);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(500)]
    [InlineData(3000)]
    public void ManyDigits_MatchTheOracle(int digits)
    {
        var random = new Random(digits);
        for (var i = 0; i < 20; i++)
        {
            var bits = (int)(digits * 3.33) + 40;
            var mid = RandomInteger(random, bits);
            var ball = new Ball(mid, -bits + random.Next(-5, 5), Mag.Create(1, -bits - 20));
            DecimalRounding.TryRound(ball, digits, out var text).ShouldBeTrue();
            text.ShouldBe(Oracle(ball, digits));
        }
    }

    [Theory]
    [InlineData("0.15", 50, "0.15")]
    [InlineData("-0.0075", 50, "-0.0075")]
    [InlineData("123456789012345678", 50, "123456789012345678")]
    [InlineData("4611686018427387903/1024", 40, "4503599627370495.9990234375")]
    [InlineData("1e-30", 5, "1e-30")]
    [InlineData("0.3775", 3, "0.378")] // more digits than asked for: rounded, not exact
    [InlineData("1/3", 5, "0.33333")] // does not terminate
    public void ExactValues_PrintExactlyWhenTheyTerminateWithinTheDigits(string value, int digits, string expected)
        => Real.Parse(value).Format(digits).Text.ShouldBe(expected);

    [Fact]
    public void WriteDigits_MatchesBigIntegerToString()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var value = RandomInteger(random, random.Next(1, 2000));
            var limbs = new ulong[Limbs.For((long)value.GetBitLength()) + 1];
            Limbs.FromBigInteger(value, limbs);
            var chars = new char[700];
            var count = DecimalRounding.WriteDigits(limbs, chars);
            new string(chars, chars.Length - count, count).ShouldBe(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static BigInteger RandomInteger(Random random, int bits)
    {
        var bytes = new byte[(bits + 7) / 8 + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        var value = new BigInteger(bytes);
        return value & ((BigInteger.One << bits) - 1) | (BigInteger.One << (bits - 1));
    }

    /// <summary>The rounding both endpoints agree on, or null.</summary>
    private static string? Oracle(Ball ball, int digits)
    {
        // Endpoints as integers over 2^scale.
        var scale = Math.Max(-ball.Exp, ball.Rad.IsZero ? 0 : -ball.Rad.Exp);
        scale = Math.Max(scale, 0);
        var mid = ball.Mid << (int)(ball.Exp + scale);
        var rad = ball.Rad.IsZero ? BigInteger.Zero : new BigInteger(ball.Rad.Man) << (int)(ball.Rad.Exp + scale);
        var den = BigInteger.One << (int)scale;
        var a = Round(mid - rad, den, digits);
        var b = Round(mid + rad, den, digits);
        return a == b ? a : null;
    }

    private static string? Round(BigInteger num, BigInteger den, int digits)
    {
        if (num.IsZero)
        {
            return null;
        }

        var negative = num.Sign < 0;
        num = BigInteger.Abs(num);

        // The decimal exponent E with 10^E ≤ num/den < 10^(E+1), found by comparison.
        var e = (int)Math.Floor(BigInteger.Log10(num) - BigInteger.Log10(den));
        while (Compare(num, den, e) < 0)
        {
            e--;
        }

        while (Compare(num, den, e + 1) >= 0)
        {
            e++;
        }

        var k = digits - 1 - e;
        var scaledNum = k >= 0 ? num * BigInteger.Pow(10, k) : num;
        var scaledDen = k >= 0 ? den : den * BigInteger.Pow(10, -k);
        var q = BigInteger.DivRem(scaledNum, scaledDen, out var r);
        var c = (2 * r).CompareTo(scaledDen);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q++;
        }

        var text = q.ToString(CultureInfo.InvariantCulture);
        if (text.Length > digits)
        {
            text = text[..digits];
            e++;
        }

        return DecimalText.Layout(negative, text, e, allowPadding: false);
    }

    /// <summary>Compares num/den with 10^e.</summary>
    private static int Compare(BigInteger num, BigInteger den, int e)
        => e >= 0 ? num.CompareTo(den * BigInteger.Pow(10, e)) : (num * BigInteger.Pow(10, -e)).CompareTo(den);
}
