using System.Numerics;
using Explainer.Numbers;
using Shouldly;
using Xunit;

namespace Explainer.Tests.Numbers;

/// <summary>The stored-word conversions of <see cref="BigIntegerBits"/> against the runtime's public byte conversions, at every boundary of its two representations.</summary>
public sealed class BigIntegerBitsTests
{
    /// <summary>Values at the edges: the small form (|v| &lt; 2^31), int.MinValue (kept in the large form), word and limb boundaries, both signs.</summary>
    public static TheoryData<string> Edges()
    {
        var data = new TheoryData<string>();
        BigInteger[] magnitudes =
        [
            0, 1, 2, 3, int.MaxValue - 1, int.MaxValue, (BigInteger)int.MaxValue + 1, (BigInteger)int.MaxValue + 2,
            uint.MaxValue, (BigInteger)uint.MaxValue + 1, ulong.MaxValue, (BigInteger)ulong.MaxValue + 1,
            BigInteger.Pow(2, 95), BigInteger.Pow(2, 96) - 1, BigInteger.Pow(2, 127), BigInteger.Pow(2, 128),
            BigInteger.Pow(10, 50), BigInteger.Pow(3, 400),
        ];
        foreach (var m in magnitudes)
        {
            data.Add(m.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!m.IsZero)
            {
                data.Add("-" + m.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void Conversions_AgreeWithThePublicOnes_AtTheEdges(string text)
    {
        Check(BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Conversions_AgreeWithThePublicOnes_OnRandomValues()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(1, 80)];
            random.NextBytes(bytes);
            var x = new BigInteger(bytes, isUnsigned: true) >> random.Next(0, 8);
            Check(random.Next(2) == 0 ? x : -x);
        }
    }

    [Fact]
    public void WriteMagnitude_RefusesLimbsTooShort()
    {
        Should.Throw<ArgumentException>(() => BigIntegerBits.WriteMagnitude(BigInteger.Pow(2, 64), new ulong[1]));
        Should.Throw<ArgumentException>(() => BigIntegerBits.WriteMagnitude(5, Span<ulong>.Empty));
    }

    [Fact]
    public void FromMagnitude_GivesTheRuntimesOwnForm_SoArithmeticAndEqualityHold()
    {
        // 2^31 positive and negative, and values that trim to the small form, must be indistinguishable from parsed ones.
        var minInt = BigIntegerBits.FromMagnitude([1UL << 31], negative: true);
        minInt.ShouldBe(new BigInteger(int.MinValue));
        (minInt + 1).ShouldBe(new BigInteger(int.MinValue + 1));
        ((int)minInt).ShouldBe(int.MinValue);
        var small = BigIntegerBits.FromMagnitude([5UL, 0UL, 0UL], negative: true);
        small.ShouldBe(new BigInteger(-5));
        small.GetHashCode().ShouldBe(new BigInteger(-5).GetHashCode());
        BigIntegerBits.FromMagnitude([0UL, 0UL], negative: true).IsZero.ShouldBeTrue();
        var big = BigIntegerBits.FromMagnitude([0UL, 1UL], negative: false);
        big.ShouldBe(BigInteger.Pow(2, 64));
        (big * big).ShouldBe(BigInteger.Pow(2, 128));
        big.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("18446744073709551616");
    }

    private static void Check(BigInteger x)
    {
        var abs = BigInteger.Abs(x);
        BigIntegerBits.MagnitudeBitLength(x).ShouldBe((long)abs.GetBitLength(), $"bit length of {x}");
        var length = Limbs.For(Math.Max(1, (long)abs.GetBitLength())) + 1;
        var fast = new ulong[length];
        var portable = new ulong[length];
        Array.Fill(fast, 0xDEADBEEFUL);
        BigIntegerBits.WriteMagnitude(x, fast);
        Limbs.FromMagnitudePortable(x, portable);
        fast.ShouldBe(portable, $"limbs of {x}");
        var back = BigIntegerBits.FromMagnitude(fast, x.Sign < 0);
        back.ShouldBe(x);
        back.ShouldBe(Limbs.ToBigIntegerPortable(portable, x.Sign < 0));
        back.GetHashCode().ShouldBe(x.GetHashCode());
        (back - x).IsZero.ShouldBeTrue();
        back.CompareTo(x).ShouldBe(0);
    }
}
