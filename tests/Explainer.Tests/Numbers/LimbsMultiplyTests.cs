using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Karatsuba on 64-bit limbs against <see cref="BigInteger"/>: sizes across every threshold and recursion level, unequal lengths, all-ones and zero limbs (the carries of a₀ + a₁).</summary>
public sealed class LimbsMultiplyTests
{
    /// <summary>Lengths at and around each threshold, odd splits, and sizes deep enough for several levels.</summary>
    private static readonly int[] Lengths =
    [
        1, 2, 7, 8, 9, 31, 32, 33, 34, 47, 48, 49, 50, 63, 64, 65, 66, 67, 95, 96, 97, 127, 129, 130, 131, 200, 259, 260, 261, 515, 1031,
    ];

    public static TheoryData<int> Kinds() => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Multiply_EqualAndUnequalLengths_MatchesBigInteger(int kind)
    {
        var random = new Random(100 + kind);
        foreach (var na in Lengths)
        {
            foreach (var nb in new[] { na, na + 1, na - 1, (2 * na) + 1, 3 * na, (na / 2) + 1, random.Next(1, 600) })
            {
                if (nb < 1)
                {
                    continue;
                }

                var a = Make(random, na, kind);
                var b = Make(random, nb, kind);
                var product = new ulong[na + nb];
                product.AsSpan().Fill(0xDEADBEEF);

                Limbs.Multiply(a, b, product);

                Limbs.ToBigInteger(product).ShouldBe(Limbs.ToBigInteger(a) * Limbs.ToBigInteger(b), $"{na}×{nb}, kind {kind}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Square_MatchesBigInteger(int kind)
    {
        var random = new Random(200 + kind);
        foreach (var n in Lengths.Concat([random.Next(1, 700), random.Next(1, 700)]))
        {
            var a = Make(random, n, kind);
            var square = new ulong[2 * n];
            square.AsSpan().Fill(ulong.MaxValue);

            Limbs.Square(a, square);

            var big = Limbs.ToBigInteger(a);
            Limbs.ToBigInteger(square).ShouldBe(big * big, $"{n} limbs, kind {kind}");
        }
    }

    [Fact]
    public void Multiply_RandomSizes_MatchesBigInteger()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var na = random.Next(1, 400);
            var nb = random.Next(1, 400);
            var a = Make(random, na, random.Next(5));
            var b = Make(random, nb, random.Next(5));
            var product = new ulong[na + nb];

            Limbs.Multiply(a, b, product);

            Limbs.ToBigInteger(product).ShouldBe(Limbs.ToBigInteger(a) * Limbs.ToBigInteger(b), $"{na}×{nb}");
        }
    }

    [Fact]
    public void Multiply_OfBigIntegers_KeepsTheSignAndMatches()
    {
        var random = new Random(8);
        foreach (var (na, nb) in new[] { (1, 1), (7, 300), (8, 8), (9, 40), (33, 33), (100, 260), (260, 260), (261, 1000) })
        {
            foreach (var (sa, sb) in new[] { (1, 1), (-1, 1), (1, -1), (-1, -1) })
            {
                var a = sa * Limbs.ToBigInteger(Make(random, na, 0));
                var b = sb * Limbs.ToBigInteger(Make(random, nb, 0));

                Limbs.Multiply(a, b).ShouldBe(a * b, $"{na}×{nb}");
                Limbs.Square(a).ShouldBe(a * a, $"{na}²");
            }
        }

        Limbs.Multiply(BigInteger.Zero, BigInteger.One << 5000).ShouldBe(BigInteger.Zero);
        Limbs.Multiply(BigInteger.MinusOne << 5000, BigInteger.MinusOne << 6000).ShouldBe(BigInteger.One << 11000);
    }

    /// <summary>n limbs, the top one non-zero except in kind 4: 0 random, 1 all ones, 2 random with runs of zero limbs, 3 alternating all ones and zero, 4 random with a zero top half.</summary>
    private static ulong[] Make(Random random, int n, int kind)
    {
        var x = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = kind switch
            {
                1 => ulong.MaxValue,
                2 => random.Next(3) == 0 ? 0UL : (ulong)random.NextInt64() * 3,
                3 => (i & 1) == 0 ? ulong.MaxValue : 0UL,
                4 => i >= n / 2 ? 0UL : ((ulong)random.NextInt64() << 1) | 1UL,
                _ => ((ulong)random.NextInt64() << 1) | (uint)random.Next(2),
            };
        }

        if (kind != 4 && x[^1] == 0)
        {
            x[^1] = 1;
        }

        return x;
    }
}
