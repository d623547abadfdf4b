using System.Globalization;
using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Conversions between <see cref="BigInteger"/> and limbs, at the sizes where two's complement needs an extra byte.</summary>
public sealed class LimbsTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("-9223372036854775808")] // −2^63: one limb, and exactly eight bytes of two's complement
    [InlineData("-9223372036854775809")] // −(2^63 + 1): one limb, nine bytes of two's complement
    [InlineData("-18446744073709551615")] // −(2^64 − 1)
    [InlineData("-18446744073709551616")] // −2^64: two limbs
    [InlineData("18446744073709551615")]
    [InlineData("-340282366920938463463374607431768211455")] // −(2^128 − 1)
    public void FromMagnitude_WritesTheAbsoluteValue(string text)
    {
        var x = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        var limbs = new ulong[Limbs.For((long)BigInteger.Abs(x).GetBitLength())];

        Limbs.FromMagnitude(x, limbs);

        Limbs.ToBigInteger(limbs).ShouldBe(BigInteger.Abs(x));
    }

    [Fact]
    public void DivRem_BySmallDivisors_MatchesBigInteger()
    {
        var random = new Random(11);
        for (uint d = 1; d < 3000; d += (uint)random.Next(1, 40))
        {
            var bytes = new byte[33];
            random.NextBytes(bytes);
            bytes[^1] = 0;
            var x = new BigInteger(bytes);
            var limbs = new ulong[Limbs.For((long)x.GetBitLength()) + 1];
            Limbs.FromBigInteger(x, limbs);

            var rem = Limbs.DivRem(limbs, d);

            Limbs.ToBigInteger(limbs).ShouldBe(x / d);
            rem.ShouldBe((ulong)(x % d));
        }
    }
}
