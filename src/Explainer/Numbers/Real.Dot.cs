using System.Numerics;

namespace Explainer.Numbers;

public readonly partial struct Real
{
    /// <summary>Gets the approximation's node, or null for an exact value.</summary>
    internal ApproxNode? Approximation => Approx;

    /// <summary>Σ aₖ·bₖ + c over the pairs (a₁, b₁, …, aₙ, bₙ) in <paramref name="pairs"/>[0 .. 2n): exact when every term is exact.</summary>
    /// <remarks>
    /// The exact terms are summed exactly; the others become one certified value, a fused dot product rounded once per
    /// evaluation (as Arb's <c>arb_dot</c>), instead of a chain of 2n products and sums each rounded and each kept.
    /// </remarks>
    internal static Real Dot(IReadOnlyList<Real> pairs, int count, Real constant)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if ((count & 1) != 0 || count > pairs.Count)
        {
            throw new ArgumentException($"a dot product takes pairs of factors; got {count} of {pairs.Count}", nameof(count));
        }

        var approximate = 0;
        for (var k = 0; k < count; k += 2)
        {
            if (!(pairs[k].IsExact && pairs[k + 1].IsExact) && !pairs[k].IsZero && !pairs[k + 1].IsZero)
            {
                approximate += 2;
            }
        }

        var sum = new ExactSum(constant.IsExact ? constant : Zero);
        var factors = new Real[approximate + (constant.IsExact ? 0 : 2)];
        var used = 0;
        for (var k = 0; k < count; k += 2)
        {
            var a = pairs[k];
            var b = pairs[k + 1];
            if (a.IsZero || b.IsZero)
            {
                continue;
            }

            if (a.IsExact && b.IsExact)
            {
                sum.Add(a.Num * b.Num, a.Den * b.Den);
                continue;
            }

            factors[used++] = a;
            factors[used++] = b;
        }

        return Fused(factors, used, sum.Value, constant, pairs: true);
    }

    /// <summary>Σ aₖ·bₖ over the pairs in <paramref name="pairs"/>, which the value may keep: when every pair has an approximate factor and none is zero (a backward pass's contributions), the array becomes the fused node's own, not copied.</summary>
    internal static Real DotOf(Real[] pairs) => DotOf(pairs, Zero);

    /// <summary>Σ aₖ·bₖ + c over the pairs in <paramref name="pairs"/>, which the value may keep when every pair has an approximate factor, none is zero and c is exact (θ + (−η)·g in a gradient step).</summary>
    internal static Real DotOf(Real[] pairs, Real constant)
    {
        if ((pairs.Length & 1) != 0)
        {
            throw new ArgumentException($"a dot product takes pairs of factors; got {pairs.Length}", nameof(pairs));
        }

        for (var k = 0; k < pairs.Length; k += 2)
        {
            if (!constant.IsExact || (pairs[k].IsExact && pairs[k + 1].IsExact) || pairs[k].IsZero || pairs[k + 1].IsZero)
            {
                // Not every pair is kept as it stands: the general case sorts the exact terms from the others.
                return Dot(pairs, pairs.Length, constant);
            }
        }

        return Fused(pairs, pairs.Length, constant, Zero, pairs: true);
    }

    /// <summary>Σ xₖ: exact when every term is exact, otherwise one certified value rounded once per evaluation.</summary>
    internal static Real Sum(IReadOnlyList<Real> terms)
    {
        var approximate = 0;
        for (var k = 0; k < terms.Count; k++)
        {
            approximate += terms[k].IsExact ? 0 : 1;
        }

        var sum = new ExactSum(Zero);
        var factors = new Real[approximate];
        var used = 0;
        for (var k = 0; k < terms.Count; k++)
        {
            var x = terms[k];
            if (x.IsExact)
            {
                sum.Add(x.Num, x.Den);
                continue;
            }

            factors[used++] = x;
        }

        return Fused(factors, used, sum.Value, Zero, pairs: false);
    }

    /// <summary>The approximate terms and the exact sum as one value: a single term stays itself (x, a·b), more become one fused node.</summary>
    /// <param name="factors">The approximate terms, and room for an approximate <paramref name="constant"/> after them.</param>
    /// <param name="used">How many entries of <paramref name="factors"/> are filled.</param>
    /// <param name="exact">The sum of the exact terms (and of an exact constant).</param>
    /// <param name="constant">The constant term, which joins the factors when it is approximate.</param>
    /// <param name="pairs">Whether the factors are pairs to multiply.</param>
    private static Real Fused(Real[] factors, int used, Real exact, Real constant, bool pairs)
    {
        if (!constant.IsExact)
        {
            factors[used++] = constant;
            if (pairs)
            {
                factors[used++] = One;
            }
        }

        if (!exact.IsExact)
        {
            // An exact sum past the size cap is held as an approximation: it joins the terms.
            Array.Resize(ref factors, used + (pairs ? 2 : 1));
            factors[used++] = exact;
            if (pairs)
            {
                factors[used++] = One;
            }

            exact = Zero;
        }

        if (used == 0)
        {
            return exact;
        }

        if (used == (pairs ? 2 : 1) && exact.IsZero)
        {
            return pairs ? factors[0] * factors[1] : factors[0];
        }

        return FromNode(ApproxNode.Dot(factors, pairs, exact));
    }

    /// <summary>A sum of exact terms kept as one fraction over a common denominator, reduced once at the end: no value (and no
    /// fraction object) per partial sum, and while the parts fit in 31 bits no allocation at all.</summary>
    private struct ExactSum(Real start)
    {
        private BigInteger _num = start.Num;
        private BigInteger _den = start.Den;

        /// <summary>Gets the sum, reduced (and held as an approximation past the size cap, as every exact value is).</summary>
        public readonly Real Value => Exact(_num, _den);

        /// <summary>Adds num/den (den positive, not necessarily reduced).</summary>
        public void Add(BigInteger num, BigInteger den)
        {
            if (den == _den)
            {
                _num += num;
                return;
            }

            var g = BigInteger.GreatestCommonDivisor(_den, den);
            _num = (_num * (den / g)) + (num * (_den / g));
            _den = _den / g * den;
        }
    }
}
