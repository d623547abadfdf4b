using System.Numerics;

namespace Explainer.Numbers;

internal static partial class BallMath
{
    /// <remarks>
    /// erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (2n+1)!!, a series of positive terms (no cancellation), summed in fixed
    /// point by <see cref="ErfSeries"/>; x² is kept exact. For x² ≥ 3/4·(prec + 10), erf(x) = ±(1 − δ) with
    /// 0 &lt; δ = erfc|x| ≤ e^(−x²) &lt; 2^−(prec+10). |erf′| ≤ 2/√π &lt; 5/4.
    /// </remarks>
    public static Ball Erf(Ball x, int prec)
    {
        if (x.IsInfinite)
        {
            return Infinite;
        }

        var m = Point(x);
        if (m.Mid.IsZero)
        {
            return Ball.Enclosing(x.Rad + x.Rad.MulPow2(-2));
        }

        var a = m.Abs();
        var log2A = a.MidBits + a.Exp;
        Ball y;
        if (log2A < -((prec / 2) + 8))
        {
            // erf x = 2x/√π · (1 − x²/3 + …) ∈ 2x/√π · [1 − x², 1] for x² < 2^−(prec+16): no series (whose scale counts x's zeros).
            var w = prec + 8;
            var lead = Ball.Mul(Constants.TwoOverSqrtPi(w), a, w);
            y = lead.AddError(lead.UpperMagnitude * Mag.Pow2(2 * log2A)).Round(prec);
            return (m.Mid.Sign < 0 ? y.Negate() : y).AddError(x.Rad + x.Rad.MulPow2(-2));
        }

        var a2 = new Ball(a.Mid * a.Mid, 2 * a.Exp, Mag.Zero);
        if (a.Log2Magnitude > 1 && a2.Log2Magnitude > Math.Log2((prec + 10) * 0.75))
        {
            // e^(−x²) < 2^−(prec+10) here; past exp's argument limit that bound is used as it stands.
            y = Ball.One.AddError(a2.Log2Magnitude > 36 ? Mag.Pow2(-(prec + 10)) : ExpPoint(a2.Negate(), 32).UpperMagnitude);
            if (a2.Log2Magnitude > 36 && AllBeyond(x, 1 << 18))
            {
                // Every point has x² > 2^36: each erf is within the same 2^−(prec+10) of ±1 (x's radius adds nothing).
                return m.Mid.Sign < 0 ? y.Negate() : y;
            }
        }
        else
        {
            var w = prec + 16;
            var sum = ErfSeries(a, a2, w);
            y = Ball.Mul(Ball.Mul(Constants.TwoOverSqrtPi(w), ExpPoint(a2.Negate(), w), w), sum, prec);
        }

        if (m.Mid.Sign < 0)
        {
            y = y.Negate();
        }

        return y.AddError(x.Rad + x.Rad.MulPow2(-2));
    }

    /// <summary>Σ 2ⁿ a^(2n+1) / (2n+1)!! for an exact a &gt; 0 and its exact square, to about prec bits relative, not rounded.</summary>
    /// <remarks>
    /// Terms tₙ = tₙ₋₁ · 2a² / (2n+1) in fixed point at scale 2^−W, with room for the sum's integer part (it is at most
    /// a·e^(a²), as (2n+1)!! ≥ 2ⁿ n!). Each step's error is carried forward exactly as the recurrence scales it, with
    /// the product's and the division's floors; once 2a²/(2n+3) ≤ 1/2 the tail is below the last term.
    /// </remarks>
    internal static Ball ErfSeries(Ball a, Ball a2, int prec)
    {
        var log2A = a.MidBits + a.Exp;
        var intBits = (int)Math.Max(0, Math.Ceiling(log2A + (ToDouble(a2) * 1.4426950408889634))) + 4;
        var scale = prec + (int)Math.Max(0, -log2A) + 2 * (64 - BitOperations.LeadingZeroCount((ulong)prec)) + 8;
        var n = Limbs.For(scale + intBits + 2);

        // T = a·2^W, floored when a has more bits (one unit). 2a² = M·2^−s exactly, with M rounded down (within 2^−s) when
        // s would exceed the scale by more than 8 bits, so that the product t·M stays short when a is.
        var aShift = a.Exp + scale;
        var tBig = aShift >= 0 ? a.Mid << (int)aShift : a.Mid >> (int)-aShift;
        var s = -(a2.Exp + 1);
        var mBig = a2.Mid;
        var aaError = Mag.Zero;
        if (s < 0)
        {
            mBig <<= (int)-s;
            s = 0;
        }
        else if (s > scale + 8)
        {
            mBig >>= (int)(s - scale - 8);
            s = scale + 8;
            aaError = Mag.Pow2(-s);
        }

        var nA = Math.Max(1, Limbs.For((long)mBig.GetBitLength()));
        var buffer = new ulong[(4 * n) + (2 * nA)];
        var term = buffer.AsSpan(0, n);
        var sum = buffer.AsSpan(n, n);
        var aa = buffer.AsSpan(2 * n, nA);
        var scratch = buffer.AsSpan((2 * n) + nA);
        Limbs.FromBigInteger(tBig, term);
        Limbs.FromBigInteger(mBig, aa);
        term.CopyTo(sum);

        var one = Mag.Pow2(0);
        var termError = aShift >= 0 ? Mag.Zero : one;
        var sumError = termError;
        var aaValue = Limbs.UpperBound(aa, -s) + aaError;
        var stopBits = scale - prec + log2A;
        for (uint k = 1; ; k++)
        {
            // In units of 2^−W: |t̂·Â − t·A| ≤ δ·Â + t·|Â − A| with t ≤ t̂ + δ; then one unit for each floor.
            var termUnits = Limbs.UpperBound(term, 0) + termError;
            var divisor = Mag.LowerBound((2 * k) + 1, 0);
            termError = Mag.Divide((termError * aaValue) + (termUnits * aaError) + one, divisor) + one;
            Limbs.MultiplyShifted(term, aa, (int)s, term, scratch);
            Limbs.DivRem(term, (2 * k) + 1);
            Limbs.Add(sum, term);
            sumError += termError;

            var ratio = Mag.Divide(aaValue, Mag.LowerBound((2 * k) + 3, 0));
            if (ratio.IsAtMostPow2(-1) && Limbs.BitLength(term) <= stopBits)
            {
                // Later terms shrink by half or more each: their sum is below this term (at most t̂ + δ).
                sumError += Limbs.UpperBound(term, 0) + termError;
                break;
            }
        }

        return new Ball(Limbs.ToBigInteger(sum), -scale, sumError.MulPow2(-scale));
    }
}
