using System.Numerics;
using Explainer.Numbers;
using Shouldly;
using Xunit;

namespace Explainer.Tests.Numbers;

/// <summary><see cref="BallMath.IntegerSqrt(BigInteger, out bool)"/>: ⌊√n⌋ by its definition (y² ≤ n &lt; (y + 1)²) and the perfect-square flag, at the sizes where its method changes (the double's range, the one-Newton-step recursion) and beyond.</summary>
public sealed class IntegerSqrtTests
{
    public static TheoryData<int> Sizes() => [1, 2, 52, 53, 54, 103, 104, 105, 106, 200, 211, 400, 746, 1024, 1500, 1501, 3000, 5003];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void IntegerSqrt_RandomValues_IsTheFloorOfTheRoot(int bits)
    {
        var random = new Random(bits);
        for (var i = 0; i < 200; i++)
        {
            var n = Random(random, bits);
            var y = BallMath.IntegerSqrt(n, out var exact);

            (y * y <= n && (y + 1) * (y + 1) > n).ShouldBeTrue($"⌊√n⌋ of the {bits}-bit n = {n}: got {y}");
            exact.ShouldBe(y * y == n);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void IntegerSqrt_SquaresAndTheirNeighbours_AreDecidedExactly(int bits)
    {
        var random = new Random(-bits);
        for (var i = 0; i < 100; i++)
        {
            var r = Random(random, Math.Max(1, (bits + 1) / 2));
            var square = r * r;

            BallMath.IntegerSqrt(square, out var exact).ShouldBe(r);
            exact.ShouldBeTrue();
            BallMath.IntegerSqrt(square - 1, out exact).ShouldBe(r - 1);
            exact.ShouldBe(r == 1);
            BallMath.IntegerSqrt(square + (2 * r), out exact).ShouldBe(r);
            exact.ShouldBeFalse();
        }
    }

    [Fact]
    public void IntegerSqrt_ZeroAndOne_AreExact()
    {
        BallMath.IntegerSqrt(BigInteger.Zero, out var zeroExact).ShouldBe(BigInteger.Zero);
        zeroExact.ShouldBeTrue();
        BallMath.IntegerSqrt(BigInteger.One, out var oneExact).ShouldBe(BigInteger.One);
        oneExact.ShouldBeTrue();
    }

    /// <summary>A random n of exactly <paramref name="bits"/> bits (top bit set), with long runs of ones and zeros in some, where a root's estimate is most often off by one.</summary>
    private static BigInteger Random(Random random, int bits)
    {
        var bytes = new byte[(bits / 8) + 2];
        random.NextBytes(bytes);
        var pattern = random.Next(4);
        if (pattern == 1)
        {
            Array.Fill(bytes, (byte)0xFF);
        }
        else if (pattern == 2)
        {
            Array.Clear(bytes);
        }

        bytes[^1] = 0;
        var n = new BigInteger(bytes) & ((BigInteger.One << bits) - 1);
        return n | (BigInteger.One << (bits - 1));
    }
}
