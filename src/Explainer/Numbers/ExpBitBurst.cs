using System.Numerics;

namespace Explainer.Numbers;

/// <summary>exp(x) for 0 ≤ x &lt; 3/4 in fixed point by Brent's bit-burst algorithm, with an a-priori count of the truncation errors.</summary>
/// <remarks>
/// x is read as s = x/2^h exactly (no bit lost) and split into chunks s = Σⱼ pⱼ/2^eⱼ, chunk j holding the bits
/// after the point from e_(j−1) + 1 to eⱼ, with e₀ = h and the widths doubling, so pⱼ has e_j − e_(j−1) bits and
/// pⱼ/2^eⱼ &lt; 2^−e_(j−1). Each exp(pⱼ/2^eⱼ) is the Taylor series summed exactly by binary splitting (integers P, Q, T,
/// one division); their product is exp(s), and h squarings give exp(x). Each series needs about w/e_(j−1) terms of
/// e_j-bit numerators, so every chunk costs a few products of w-bit integers, O(M(w) log² w) in all, against the
/// √w full products of <see cref="ExpSeries"/>: it wins from a few thousand digits on.
/// All numbers are integers counting units of 2^−w; every floor loses under one unit and is counted.
/// </remarks>
internal static class ExpBitBurst
{
    /// <summary>From this working scale on (about 3000 digits), <see cref="BallMath"/> uses the bit burst rather than <see cref="ExpSeries"/>.</summary>
    /// <remarks>Measured on the 2-core host: equal at about 2500 digits, 1.2–1.4× faster at 5000, 2× at 20,000.</remarks>
    public const int MinBits = 10000;

    /// <summary>The squarings at the end (the first chunk starts below 2^−h).</summary>
    private const int Halvings = 16;

    /// <summary>Chunks whose series has at most this many terms are summed by Horner's rule rather than by binary splitting.</summary>
    private const int HornerTerms = 8;

    /// <summary>Returns E with |E − exp(X·2^−w)·2^w| ≤ <paramref name="error"/> (in units of 2^−w).</summary>
    /// <param name="x">X, with 0 ≤ X &lt; 3·2^(w−2).</param>
    /// <param name="w">The fixed-point scale.</param>
    /// <param name="error">The bound on the error, in units.</param>
    public static BigInteger Exp(BigInteger x, int w, out Mag error)
    {
        var h = Halvings;
        var one = BigInteger.One << w;
        var result = one;
        error = Mag.Zero;
        var unit = Mag.Pow2(0);

        // s = X / 2^(w+h): its bit at position e after the point is X's bit w + h − e.
        var total = w + h;
        long low = h;
        var width = h;
        var first = true;
        while (low < total)
        {
            var high = Math.Min(total, low + width);
            var p = (x >> (int)(total - high)) & ((BigInteger.One << (int)(high - low)) - 1);
            if (!p.IsZero)
            {
                var e = ExpChunk(p, (int)high, -low, w, out var chunkUnits);
                var eError = Mag.Create(chunkUnits, 0);
                if (first)
                {
                    // R = 2^w exactly: the product is E itself, no floor.
                    (result, error, first) = (e, eError, false);
                }
                else
                {
                    // |R·E − r·e| ≤ R·|E − e| + E·|R − r| + |R − r|·|E − e|, then one floor.
                    var eBound = Mag.UpperBound(e, -w) + eError.MulPow2(-w);
                    error = ((Mag.UpperBound(result, -w) * eError) + (eBound * error)) + unit;
                    result = Limbs.Multiply(result, e) >> w;
                }
            }

            low = high;
            width *= 2;
        }

        // The squarings on limbs, in place: R < e^(3/4)·2^w < 2^(w+2) throughout, so w + 2 bits hold every R.
        var n = Limbs.For(w + 2);
        var buffer = System.Buffers.ArrayPool<ulong>.Shared.Rent(3 * n);
        var r = buffer.AsSpan(0, n);
        var scratch = buffer.AsSpan(n, 2 * n);
        Limbs.FromBigInteger(result, r);
        for (var i = 0; i < h; i++)
        {
            // R' = ⌊R²/2^w⌋ against r²: |R² − r²| = |R − r|·|R + r| ≤ ε·(2R + ε), then one floor.
            var grow = Limbs.UpperBound(r, 1 - w) + error.MulPow2(-w);
            error = (error * grow) + unit;
            Limbs.SquareShifted(r, w, r, scratch);
        }

        result = Limbs.ToBigInteger(r);
        System.Buffers.ArrayPool<ulong>.Shared.Return(buffer);
        return result;
    }

    /// <summary>exp(p/2^q)·2^w for 0 &lt; p/2^q &lt; 2^es ≤ 1/4, within the returned number of units.</summary>
    /// <remarks>
    /// The series is cut after N terms, its tail 2·x^(N+1)/(N+1)! below half a unit (<see cref="ExpSeries.TermCount"/>).
    /// Long series (many terms of a short p) by binary splitting: one floor at the end, 2 units in all with the tail.
    /// Short ones (a long p, few terms) by Horner, S ← 2^w + ⌊⌊S·p/2^q⌋/i⌋ for i = N … 1 from S = 2^w: an error ε in S
    /// becomes at most ε·x/i + 1 + 1/i, so it stays below 4 (x ≤ 1/4), 5 units with the tail.
    /// </remarks>
    private static BigInteger ExpChunk(BigInteger p, int q, long es, int w, out ulong units)
    {
        var n = ExpSeries.TermCount(es, w);
        var one = BigInteger.One << w;
        if (n <= HornerTerms)
        {
            var sum = one;
            for (var i = n; i >= 1; i--)
            {
                sum = one + (((sum * p) >> q) / i);
            }

            units = 5;
            return sum;
        }

        var (_, qs, t) = Split(p, q, 0, n, false);

        // Σ_{i=1..N} (p/2^q)^i/i! = T/(Q·2^(qN)); ⌊⌊T/2^s⌋/Q⌋ = ⌊T/(Q·2^s)⌋ divides by the short Q alone.
        var shift = w - ((long)q * n);
        var series = shift >= 0 ? (t << (int)shift) / qs : (t >> (int)-shift) / qs;
        units = 2;
        return series + one;
    }

    /// <summary>Binary splitting over the terms a+1..b: P = p^(b−a), Q = (a+1)···b and T with Σ ∏_{j=a+1..i} p/(j·2^q) = T/(Q·2^(q(b−a))).</summary>
    /// <remarks>Merging [a, m) and [m, b): P = P₁P₂, Q = Q₁Q₂, T = T₁Q₂·2^(q(b−m)) + P₁T₂. P is only needed for left halves.</remarks>
    private static (BigInteger P, BigInteger Q, BigInteger T) Split(BigInteger p, int q, int a, int b, bool needP)
    {
        if (b - a == 1)
        {
            return (p, a + 1, p);
        }

        var m = (a + b) / 2;
        var (p1, q1, t1) = Split(p, q, a, m, true);
        var (p2, q2, t2) = Split(p, q, m, b, needP);
        return (needP ? Limbs.Multiply(p1, p2) : BigInteger.Zero, Limbs.Multiply(q1, q2), (Limbs.Multiply(t1, q2) << (q * (b - m))) + Limbs.Multiply(p1, t2));
    }
}
