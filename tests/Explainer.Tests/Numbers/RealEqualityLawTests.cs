using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>
/// The laws of equality and order on <see cref="Real"/>, checked by one helper over a set of exact and certified values
/// (in the manner of NodaTime's TestHelper): reflexivity, symmetry, transitivity, ==/!=/Equals/CompareTo/&lt;/&lt;=/&gt;/&gt;=
/// agreeing with <see cref="Real.TryCompare"/>, and hashes consistent with <see cref="Real.Equals(Real)"/>.
/// </summary>
public sealed class RealEqualityLawTests
{
    private static readonly Real Sqrt2 = ExactMath.Sqrt(2);

    [Fact]
    public void Pi_EqualsItself_AndIsOrderedConsistently()
    {
        (Real.Pi == Real.Pi).ShouldBeTrue();
        (Real.Pi != Real.Pi).ShouldBeFalse();
        (Real.Pi <= Real.Pi).ShouldBeTrue();
        (Real.Pi < Real.Pi).ShouldBeFalse();
        Real.Pi.Equals(Real.Pi).ShouldBeTrue();
        Real.Pi.CompareTo(Real.Pi).ShouldBe(0);
        Real.Pi.GetHashCode().ShouldBe(Real.Pi.GetHashCode());
        (Real.Pi - Real.Pi).IsZero.ShouldBeTrue();
    }

    [Fact]
    public void TwoComputationsOfOneNumber_AreUnknown_AndEveryOperatorSaysSoTheSameWay()
    {
        var two = Sqrt2 * Sqrt2;

        Real.TryCompare(two, 2).ShouldBeNull();
        Real.TryCompare(Sqrt2, ExactMath.Sqrt(2)).ShouldBeNull();
        two.Equals((Real)2).ShouldBeFalse();
        var messages = new[]
        {
            Should.Throw<RealLimitException>(() => two == 2).Message,
            Should.Throw<RealLimitException>(() => two != 2).Message,
            Should.Throw<RealLimitException>(() => two < 2).Message,
            Should.Throw<RealLimitException>(() => two <= 2).Message,
            Should.Throw<RealLimitException>(() => two > 2).Message,
            Should.Throw<RealLimitException>(() => two >= 2).Message,
            Should.Throw<RealLimitException>(() => two.CompareTo(2)).Message,
        };
        messages.Distinct().Count().ShouldBe(1);
        messages[0].ShouldContain("cannot compare an approximation and an exact value");
        messages[0].ShouldContain("TryCompare");
    }

    [Fact]
    public void SeparableValues_CompareWithoutThrowing()
    {
        Real.TryCompare(Real.Pi, Real.Parse("3.14159265358979")).ShouldBe(1);
        Real.TryCompare(Sqrt2 * Sqrt2, Real.Parse("2.000000000000000000001")).ShouldBe(-1);
        (Real.Pi == 3).ShouldBeFalse();
        (Real.Pi != ExactMath.Exp(1)).ShouldBeTrue();
        (ExactMath.Exp(1) < Real.Pi).ShouldBeTrue();
    }

    [Fact]
    public void ExactValueKeptAsAnApproximation_EqualsTheSameFraction()
    {
        // 2^40000 outgrows the exact-size cap when computed, but a literal keeps it exact: one number, one hash.
        var big = BigInteger.Pow(2, 40000);
        var computed = Real.Exact(big, 3);
        var literal = Real.ExactUncapped(big, 3);
        computed.IsExact.ShouldBeFalse();
        literal.IsExact.ShouldBeTrue();

        computed.Equals(literal).ShouldBeTrue();
        (computed == literal).ShouldBeTrue();
        computed.GetHashCode().ShouldBe(literal.GetHashCode());
        Real.TryCompare(computed, Real.Exact(big + 1, 3)).ShouldBe(-1);
        new HashSet<Real> { computed }.Contains(literal).ShouldBeTrue();
    }

    [Fact]
    public void RealsAsDictionaryKeys_FindEqualValuesAndNeverThrow()
    {
        var exp1 = ExactMath.Exp(1);
        var map = new Dictionary<Real, string>
        {
            [Real.Parse("0.5")] = "half",
            [Real.Pi] = "pi",
            [exp1] = "e",
            [Sqrt2 * Sqrt2] = "two, computed",
        };

        map[Real.FromFraction(2, 4)].ShouldBe("half");
        map[Real.Pi].ShouldBe("pi");
        map[exp1].ShouldBe("e");
        map.ContainsKey(2).ShouldBeFalse(); // not proven equal to the computed two, so a different key
        map.ContainsKey(ExactMath.Exp(1)).ShouldBeFalse(); // another computation of e
    }

    [Fact]
    public void MixedExactAndCertifiedValues_ObeyTheLaws()
    {
        var exp1 = ExactMath.Exp(1);
        var values = new List<Real>
        {
            Real.Zero,
            Real.One,
            -1,
            Real.FromFraction(1, 3),
            Real.FromFraction(-2, 6),
            Real.Parse("0.3333333333333333333333333333333333333333"),
            2,
            Real.Parse("1e-30"),
            Real.Parse("-1e-30"),
            Real.Exact(BigInteger.Pow(2, 40000), 3),
            Real.ExactUncapped(BigInteger.Pow(2, 40000), 3),
            Real.Pi,
            Real.Pi,
            -Real.Pi,
            Real.Parse("3.1415926535897932384626433832795"),
            Sqrt2,
            ExactMath.Sqrt(2), // another computation of √2: unknown against Sqrt2
            Sqrt2 * Sqrt2, // unknown against 2
            exp1,
            exp1,
            ExactMath.Exp(-1),
            ExactMath.Sigmoid(Real.Parse("0.3775")),
            ExactMath.Sigmoid(Real.Parse("30")), // 1 − 9.4e−14: separable from 1
            ExactMath.Exp(Real.Parse("1e-40")), // 1 + 1e−40: separable from 1 only at about 133 bits
        };

        var (decided, unknown) = CheckLaws(values);

        decided.ShouldBeGreaterThan(400);
        unknown.ShouldBe(4); // √2 against the other √2, the computed two against 2, each both ways
    }

    [Fact]
    public void SeededExactValues_ObeyTheLaws_AndAgreeWithFractionComparison()
    {
        var random = new Random(20261202);
        var values = Enumerable.Range(0, 40)
            .Select(_ => Real.FromFraction(random.Next(-6, 7), random.Next(1, 5)))
            .ToList();

        var (decided, unknown) = CheckLaws(values);

        decided.ShouldBe(values.Count * values.Count);
        unknown.ShouldBe(0);
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var expected = (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);
                Real.TryCompare(a, b).ShouldBe(Math.Sign(expected));
            }
        }
    }

    /// <summary>Checks every law over every pair and triple of <paramref name="values"/>; returns the decided and unknown pair counts.</summary>
    private static (int Decided, int Unknown) CheckLaws(IReadOnlyList<Real> values)
    {
        var decided = 0;
        var unknown = 0;
        var order = new int?[values.Count, values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var a = values[i];

            // Reflexivity, for every operator.
            Real.TryCompare(a, a).ShouldBe(0, $"#{i} against itself");
            a.Equals(a).ShouldBeTrue($"#{i}");
            var self = values[i];
            (a == self).ShouldBeTrue($"#{i}");
            (a <= self && a >= self && !(a < self) && !(a > self) && !(a != self)).ShouldBeTrue($"#{i}");
            a.CompareTo(a).ShouldBe(0);
            a.CompareTo((object?)null).ShouldBe(1);
            a.Equals((object?)null).ShouldBeFalse();

            for (var j = 0; j < values.Count; j++)
            {
                var b = values[j];
                var c = Real.TryCompare(a, b);
                order[i, j] = c;
                var pair = $"#{i} against #{j}";

                // Antisymmetry of the order, symmetry of equality.
                Real.TryCompare(b, a).ShouldBe(-c, pair);
                a.Equals(b).ShouldBe(b.Equals(a), pair);

                // Equals is "proven equal": exactly the pairs TryCompare calls equal, and equal pairs hash alike.
                a.Equals(b).ShouldBe(c == 0, pair);
                a.Equals((object)b).ShouldBe(c == 0, pair);
                if (a.Equals(b))
                {
                    a.GetHashCode().ShouldBe(b.GetHashCode(), pair);
                }

                if (c is { } known)
                {
                    decided++;
                    (known is -1 or 0 or 1).ShouldBeTrue(pair);
                    a.CompareTo(b).ShouldBe(known, pair);
                    a.CompareTo((object)b).ShouldBe(known, pair);
                    (a == b).ShouldBe(known == 0, pair);
                    (a != b).ShouldBe(known != 0, pair);
                    (a < b).ShouldBe(known < 0, pair);
                    (a <= b).ShouldBe(known <= 0, pair);
                    (a > b).ShouldBe(known > 0, pair);
                    (a >= b).ShouldBe(known >= 0, pair);
                }
                else
                {
                    // Unknown: every operator refuses the same way; Equals and the hash stay quiet.
                    unknown++;
                    Should.Throw<RealLimitException>(() => a == b, pair);
                    Should.Throw<RealLimitException>(() => a != b, pair);
                    Should.Throw<RealLimitException>(() => a < b, pair);
                    Should.Throw<RealLimitException>(() => a <= b, pair);
                    Should.Throw<RealLimitException>(() => a > b, pair);
                    Should.Throw<RealLimitException>(() => a >= b, pair);
                    Should.Throw<RealLimitException>(() => a.CompareTo(b), pair);
                }
            }
        }

        // Transitivity: a ≤ b and b ≤ c decided imply a ≤ c decided, strict when either step is.
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = 0; j < values.Count; j++)
            {
                for (var k = 0; k < values.Count; k++)
                {
                    if (order[i, j] is { } ab && order[j, k] is { } bc && ab <= 0 && bc <= 0)
                    {
                        var ac = order[i, k];
                        ac.ShouldNotBeNull($"#{i} ≤ #{j} ≤ #{k}");
                        ac.Value.ShouldBe(ab < 0 || bc < 0 ? -1 : 0, $"#{i} ≤ #{j} ≤ #{k}");
                    }
                }
            }
        }

        return (decided, unknown);
    }
}
