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

    [Theory]
    [InlineData(399, -2, 3, "99.8")] // 99.75: an exponent guessed one decade high would round to 100 and accept it
    [InlineData(1598, -4, 3, "99.9")] // 99.875
    [InlineData(7996, -3, 4, "999.5")] // 999.5 exactly
    [InlineData(-399, -2, 3, "-99.8")]
    [InlineData(1023, -10, 3, "0.999")] // 0.9990234375
    public void JustBelowAPowerOfTen_KeepsItsDecade(long mid, long exp, int digits, string expected)
    {
        DecimalRounding.TryRound(new Ball(mid, exp, Mag.Zero), digits, out var text).ShouldBeTrue();
        text.ShouldBe(expected);
    }

    [Fact]
    public void SquareRootJustBelowOneHundred_RoundsInItsOwnDecade()
    {
        // √9980 = 99.8999…: formatting it at high precision first leaves a tight ball in the node's cache.
        var x = ExactMath.Sqrt(9980);
        x.Format(30).Text.ShouldBe("99.8999499499374123685434142842");
        x.Format(3).Text.ShouldBe("99.9");
    }

    [Fact]
    public void SeededBallsNearPowersOfTen_AgreeWithTheExactOracle()
    {
        // Midpoints within a few units of the last place of 10^e, on both sides, for e from −30 to 30.
        var random = new Random(20261130);
        var decided = 0;
        for (var i = 0; i < 20000; i++)
        {
            var e = random.Next(-30, 31);
            var digits = random.Next(1, 25);
            var bits = random.Next(8, 160);
            var exp = -bits + (int)Math.Floor(e * 3.3219280948873622);

            // ⌊10^e / 2^exp⌋ plus or minus a little.
            var power = e >= 0 ? BigInteger.Pow(10, e) : BigInteger.One;
            var denominator = e >= 0 ? BigInteger.One : BigInteger.Pow(10, -e);
            var near = exp <= 0 ? (power << (int)-exp) / denominator : power / (denominator << (int)exp);
            var offset = random.Next(3) switch
            {
                0 => new BigInteger(random.Next(-3, 4)),
                1 => (near >> ((4 * digits) + random.Next(0, 6))) * (random.Next(2) == 0 ? 1 : -1),
                _ => new BigInteger(random.NextInt64(-1_000_000, 1_000_000)),
            };
            var mid = near + offset;
            if (mid.Sign <= 0)
            {
                continue;
            }

            mid *= random.Next(2) == 0 ? 1 : -1;
            var rad = random.Next(3) switch
            {
                0 => Mag.Zero,
                1 => Mag.Create((ulong)random.Next(1, 1000), exp - random.Next(0, 20)),
                _ => Mag.Create((ulong)random.NextInt64(1, long.MaxValue), exp - 64 - random.Next(0, 40)),
            };
            var ball = new Ball(mid, exp, rad);
            if (DecimalRounding.TryRound(ball, digits, out var text))
            {
                decided++;
                text.ShouldBe(Oracle(ball, digits), $"mid {mid}, exp {exp}, rad {rad.Man}·2^{rad.Exp}, {digits} digits");
            }
        }

        decided.ShouldBeGreaterThan(5000);
    }

    [Fact]
    public void SeededWideBallsAcrossPowersOfTen_AgreeWithTheExactOracle()
    {
        // Midpoints within a unit of the last place of 10^e, radii from a hundredth of a unit to half a unit: balls whose
        // lower end lies in the decade below, where the last place is ten times finer. Before the fix the fast path
        // rounded such lower ends at the upper decade's scale (9.945 → "10" at two digits).
        var random = new Random(20261202);
        var decided = 0;
        var oracleDecided = 0;
        var straddling = 0;
        for (var i = 0; i < 20000; i++)
        {
            var e = random.Next(-12, 13);
            var digits = random.Next(1, 12);
            var bits = random.Next(20, 120);
            var exp = -bits + (int)Math.Floor(e * 3.3219280948873622);
            var power = e >= 0 ? BigInteger.Pow(10, e) : BigInteger.One;
            var denominator = e >= 0 ? BigInteger.One : BigInteger.Pow(10, -e);
            var near = exp <= 0 ? (power << (int)-exp) / denominator : power / (denominator << (int)exp);

            // One unit of the last place at 10^e, in units of 2^exp.
            var unit = near / BigInteger.Pow(10, digits - 1);
            if (unit < 1000)
            {
                continue;
            }

            var mid = near + (unit * random.Next(-1000, 1001) / 1000);
            var radius = unit * random.Next(10, 500) / 1000;
            var ball = new Ball(mid * (random.Next(2) == 0 ? 1 : -1), exp, Mag.UpperBound(radius, exp));
            if (mid - radius < near && mid + radius > near)
            {
                straddling++;
            }

            var oracle = Oracle(ball, digits);
            oracleDecided += oracle is null ? 0 : 1;
            if (DecimalRounding.TryRound(ball, digits, out var text))
            {
                decided++;
                text.ShouldBe(oracle, $"mid {mid}, exp {exp}, radius {radius}, {digits} digits");
            }
        }

        // Balls this wide are rare in practice (a display's ball is about 2^−24 units wide); the fast path declines most
        // of those that cross a power of ten, and the general rounding, which rounds each end in its own decade, decides them.
        straddling.ShouldBeGreaterThan(3000);
        oracleDecided.ShouldBeGreaterThan(3000);
        decided.ShouldBeGreaterThan(300);
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
    [InlineData(5000)] // past the former 512-limb and 10^4096 caps of this path
    [InlineData(8001)] // past the digits written on the stack
    [InlineData(20000)]
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
    [InlineData(5000)]
    [InlineData(12000)]
    public void LongBallsNextToAPowerOfTen_AreDecidedAndMatchTheOracle(int digits)
    {
        // 1 ∓ a few units of 2^−bits: the digits are 99…9 or 10…0, the cases where the decade is decided at the finer scale.
        var bits = (int)(digits * 3.33) + 40;
        foreach (var offset in new[] { -3, -1, 0, 1, 3 })
        {
            var ball = new Ball((BigInteger.One << bits) + offset, -bits, Mag.Create(1, -bits - 30));

            DecimalRounding.TryRound(ball, digits, out var text).ShouldBeTrue($"offset {offset}");
            text.ShouldBe(Oracle(ball, digits), $"offset {offset}");
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
    public void MostNegativeLong_PrintsExactly()
    {
        // −2^63 fits the 63-bit fast path's check but has no positive long counterpart.
        Real.FromFraction(long.MinValue, 1).Format(30).Text.ShouldBe("-9223372036854775808");
        Real.FromFraction(long.MinValue, 1024).Format(30).Text.ShouldBe("-9007199254740992");
        Real.FromFraction(long.MinValue, 5).Format(30).Text.ShouldBe("-1844674407370955161.6");
    }

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

    [Fact]
    public void WriteDigits_AtChunkBoundaries_MatchesBigIntegerToString()
    {
        // Around 10^19, 10^38 and their multiples the digits change from one chunk to two a pass, and a quotient may
        // drop one or two limbs; around 2^64k the limb count changes.
        var values = new List<BigInteger>();
        for (var k = 1; k <= 80; k++)
        {
            var power = BigInteger.Pow(10, k);
            values.AddRange([power - 1, power, power + 1]);
        }

        for (var k = 1; k <= 12; k++)
        {
            var power = BigInteger.One << (64 * k);
            values.AddRange([power - 1, power, power + 1, (power << 1) - 1]);
        }

        foreach (var value in values)
        {
            var limbs = new ulong[Limbs.For((long)value.GetBitLength()) + 1];
            Limbs.FromBigInteger(value, limbs);
            var chars = new char[300];
            var count = DecimalRounding.WriteDigits(limbs, chars);
            new string(chars, chars.Length - count, count).ShouldBe(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void LongValues_RoundAsTheirExactFractionDoes(int digits)
    {
        // Long values on the rounding path on limbs: an approximation of 1/7 (√2·√2/14, a ball) prints the digits of the
        // exact fraction; and √2 at n digits is √2 at n + 1 digits rounded once more (no tie among these lengths).
        var root = ExactMath.Sqrt(Real.FromInteger(2));
        (root * root / 14).Format(digits).Text.ShouldBe(Real.FromFraction(1, 7).Format(digits).Text);
        var longer = root.Format(digits + 1).Text;
        var rounded = root.Format(digits).Text;
        var last = longer[^1] >= '5' ? IncrementLast(longer[..^1]) : longer[..^1];
        rounded.ShouldBe(last);
    }

    /// <summary>The decimal string with its last digit increased by one, carrying (no carry past the first digit).</summary>
    private static string IncrementLast(string text)
    {
        var chars = text.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] == '.')
            {
                continue;
            }

            if (chars[i] != '9')
            {
                chars[i]++;
                return new string(chars);
            }

            chars[i] = '0';
        }

        throw new InvalidOperationException("carry past the first digit");
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
