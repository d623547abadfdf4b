using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>exp(x) − 1 for 0 ≤ x &lt; 3/4 in fixed point on limbs, with an a-priori count of the truncation errors.</summary>
/// <remarks>
/// x is halved k times so that x/2^k ≤ 2^−κ; the Taylor series of expm1 at x/2^k is summed with Smith's concurrent
/// series (m accumulators Aⱼ = Σ_b x^(bm)/(bm+j)!, terms by one small division each and one full product per block
/// of m, then Σ xʲAⱼ by Horner), and k doublings expm1(2s) = expm1(s)·(expm1(s) + 2) undo the halving.
/// All numbers are integers counting units of 2^−w; every floor loses under one unit and is counted.
/// </remarks>
[SkipLocalsInit]
internal static class ExpSeries
{
    /// <summary>Working buffers up to this many limbs live on the stack.</summary>
    private const int StackLimit = 1024;

    private static readonly double[] LogFactorials = BuildLogFactorials();

    /// <summary>Returns T with |T − expm1(X·2^−w)·2^w| ≤ the returned bound (in units of 2^−w).</summary>
    /// <param name="x">X, with X &lt; 3·2^(w−2).</param>
    /// <param name="w">The fixed-point scale; at most 64·x.Length − 2, so that values below 4 fit.</param>
    /// <param name="result">T, as long as <paramref name="x"/>.</param>
    public static Mag ExpM1(ReadOnlySpan<ulong> x, int w, Span<ulong> result)
    {
        var n = x.Length;
        var xBits = Limbs.BitLength(x);
        if (xBits == 0)
        {
            result.Clear();
            return Mag.Zero;
        }

        // x < 2^e0; halve k times so that the series runs at s = x/2^k < 2^−κ.
        var e0 = xBits - w;
        var k = (int)Math.Max(0, e0 + ReductionBits(w));
        var es = e0 - k;
        var terms = TermCount(es, w);
        var logBlock = BlockLog2(terms);
        var block = 1 << logBlock;

        var total = n * (block + 5);
        Span<ulong> buffer = total <= StackLimit ? stackalloc ulong[total] : new ulong[total];
        buffer.Clear();
        var s = buffer[..n];
        var power = buffer.Slice(n, n);
        var term = buffer.Slice(2 * n, n);
        var scratch = buffer.Slice(3 * n, 2 * n);
        var sums = buffer[(5 * n)..];

        Limbs.ShiftRight(x, k, s);
        Mag error = Mag.Create(Series(s, w, terms, logBlock, power, term, scratch, sums, result), 0);
        if (k > 0)
        {
            // s = floor(x/2^k) is below x/2^k by under one unit; expm1 there moves by under e^(1/4) < 2 units.
            error += Mag.Create(2, 0);
        }

        var two = Mag.Create(2, 0);
        var one = Mag.Create(1, 0);
        for (var i = 0; i < k; i++)
        {
            // T' = floor(T²/2^w) + 2T against t' = t² + 2t: |T' − t'| ≤ ε·(2 + (2T + ε)/2^w) + 1.
            var grow = two + Limbs.UpperBound(result, 1 - w) + error.MulPow2(-w);
            error = (error * grow) + one;
            Limbs.SquareShifted(result, w, term, scratch);
            Limbs.ShiftLeft(result, 1, result);
            Limbs.Add(result, term);
        }

        return error;
    }

    /// <summary>Bits the result loses, at most: κ doublings (each doubles the error, e^(3/4) &lt; 2^1.1 in all) and the series' count.</summary>
    /// <remarks>A working scale w ≥ prec + GuardBits(prec) leaves the error below 2^−(prec+3) relative to exp, or to expm1 of a
    /// small argument when w also counts its leading zeros.</remarks>
    public static int GuardBits(int prec) => ReductionBits(prec + 192) + 12;

    /// <summary>The halving depth κ: the series runs below 2^−κ. Balances κ doublings against fewer terms.</summary>
    private static int ReductionBits(int w) => Math.Max(2, (int)(0.4 * Math.Sqrt(w)));

    /// <summary>The smallest N with 2·s^(N+1)/(N+1)! ≤ 2^−w − 1 bit of margin, for s &lt; 2^es, es ≤ −2.</summary>
    /// <remarks>
    /// The tail Σ_{i&gt;N} sⁱ/i! is below 2·s^(N+1)/(N+1)! for s ≤ 1/2. log₂ i! is summed in double; its rounding
    /// error (under 10^−9 bits for any N used here) is covered by the extra bit of margin.
    /// </remarks>
    internal static int TermCount(long es, int w)
    {
        var table = LogFactorials;
        var logFactorial = 0.0;
        for (var i = 2; ; i++)
        {
            // The same sums, in the same order, as adding log₂ i each time; the table only saves the logarithms.
            logFactorial = i < table.Length ? table[i] : logFactorial + Math.Log2(i);
            if ((i * (double)es) - logFactorial + 1 <= -w - 1)
            {
                return i - 1;
            }
        }
    }

    /// <summary>log₂ i! summed term by term for i &lt; 4096.</summary>
    private static double[] BuildLogFactorials()
    {
        var table = new double[4096];
        for (var i = 2; i < table.Length; i++)
        {
            table[i] = table[i - 1] + Math.Log2(i);
        }

        return table;
    }

    private static int BlockLog2(int terms)
    {
        var log = 0;
        while ((4 << (2 * log)) <= terms)
        {
            log++;
        }

        return log;
    }

    /// <summary>Σ_{i=1..N} sⁱ/i! in units of 2^−w, by concurrent series in blocks of m = 2^logBlock; returns the error count.</summary>
    /// <remarks>
    /// With s ≤ 1/4: P = s^m by squarings is within 2 units; each term u = P^b/i! is within 3 units (a division
    /// step keeps δ/i + 1 ≤ 3, a product step adds δP + 2 + 1 before dividing by i ≥ 2); each of the m sums holds
    /// c = ⌈N/m⌉ terms, so is within 3c; Horner Σ sʲAⱼ adds one unit per step and shrinks the carried error by s,
    /// giving (3c + 1)·4/3; the tail adds one. In all, at most 4c + 3.
    /// </remarks>
    private static ulong Series(
        ReadOnlySpan<ulong> s,
        int w,
        int terms,
        int logBlock,
        Span<ulong> power,
        Span<ulong> term,
        Span<ulong> scratch,
        Span<ulong> sums,
        Span<ulong> result)
    {
        var n = s.Length;
        var block = 1 << logBlock;
        if (block > terms)
        {
            block = 1;
            logBlock = 0;
        }

        s.CopyTo(power);
        for (var i = 0; i < logBlock; i++)
        {
            Limbs.SquareShifted(power, w, power, scratch);
        }

        term.Clear();
        term[w >> 6] = 1UL << (w & 63);

        // The terms shrink by a limb every few steps: divide and add only the limbs that are not yet zero.
        var length = n;
        for (var i = 1; i <= terms; i++)
        {
            var j = i & (block - 1);
            if (j == 0)
            {
                Limbs.MultiplyShifted(term[..length], power, w, term, scratch);
                length = n;
            }

            Limbs.DivRem(term[..length], (uint)i);
            while (length > 1 && term[length - 1] == 0)
            {
                length--;
            }

            Limbs.Add(sums.Slice(j * n, n), term[..length]);
        }

        sums.Slice((block - 1) * n, n).CopyTo(result);
        for (var j = block - 2; j >= 0; j--)
        {
            Limbs.MultiplyShifted(result, s, w, result, scratch);
            Limbs.Add(result, sums.Slice(j * n, n));
        }

        var perSum = (ulong)((terms + block - 1) / block);
        return (4 * perSum) + 3;
    }
}
