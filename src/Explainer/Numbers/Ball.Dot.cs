using System.Buffers;
using System.Numerics;

namespace Explainer.Numbers;

internal readonly partial struct Ball
{
    /// <summary>Bits kept below the largest term of a dot product before the one rounding, so that cancellation of up to as many bits costs nothing.</summary>
    private const int DotGuardBits = 64;

    /// <summary>Σ aᵢ·bᵢ + c (or Σ xᵢ + c) with one rounding: a fused dot product, as Arb's <c>arb_dot</c>.</summary>
    /// <param name="x">The factors a₁, b₁, …, aₙ, bₙ when <paramref name="pairs"/>, else the summands.</param>
    /// <param name="pairs">Whether <paramref name="x"/> holds pairs to multiply.</param>
    /// <param name="constant">The term c.</param>
    /// <param name="prec">The precision of the result's midpoint.</param>
    /// <remarks>
    /// The exact products of the midpoints are added on limbs in fixed point, down to 2^L with L = T − prec − 64 − log₂ n
    /// (T bounding the largest product): each product cut there loses under one unit 2^L, a product wholly below 2^L goes to
    /// the radius whole. The radius is Σ |aᵢ|·r(bᵢ) + |bᵢ|·r(aᵢ) + r(aᵢ)·r(bᵢ) + r(c), plus those units and the final rounding.
    /// </remarks>
    public static Ball Dot(ReadOnlySpan<Ball> x, bool pairs, in Ball constant, int prec)
    {
        var terms = pairs ? x.Length / 2 : x.Length;
        var rad = constant.Rad;
        var top = long.MinValue;
        var maxLimbs = Limbs.For(constant.MidBits);
        if (constant.IsInfinite)
        {
            return new Ball(BigInteger.Zero, 0, Mag.Infinity);
        }

        if (!constant.Mid.IsZero)
        {
            top = constant.MidBits + constant.Exp;
        }

        for (var i = 0; i < terms; i++)
        {
            var a = pairs ? x[2 * i] : x[i];
            var b = pairs ? x[(2 * i) + 1] : One;
            if (a.IsInfinite || b.IsInfinite)
            {
                return new Ball(BigInteger.Zero, 0, Mag.Infinity);
            }

            // The radii's share of a term with a zero midpoint is taken here; the others' below, from the limbs.
            if (a.Mid.IsZero || b.Mid.IsZero)
            {
                rad += (Mag.UpperBound(a.Mid, a.Exp) * b.Rad) + (Mag.UpperBound(b.Mid, b.Exp) * a.Rad) + (a.Rad * b.Rad);
            }
            else
            {
                top = Math.Max(top, a.MidBits + b.MidBits + a.Exp + b.Exp);
                maxLimbs = Math.Max(maxLimbs, Limbs.For(a.MidBits) + Limbs.For(b.MidBits));
            }
        }

        if (top == long.MinValue)
        {
            return rad.IsInfinite ? new Ball(BigInteger.Zero, 0, Mag.Infinity) : new Ball(BigInteger.Zero, 0, rad);
        }

        var carry = 64 - BitOperations.LeadingZeroCount((ulong)terms + 1);
        var low = top - prec - DotGuardBits - carry;
        var width = Limbs.For(top - low + carry + 1);
        var total = (3 * width) + (2 * maxLimbs);
        ulong[]? rented = null;
        var buffer = total <= 1024 ? stackalloc ulong[total] : (rented = ArrayPool<ulong>.Shared.Rent(total)).AsSpan(0, total);
        try
        {
            var positive = buffer[..width];
            var negative = buffer.Slice(width, width);
            var aligned = buffer.Slice(2 * width, width);
            var factors = buffer.Slice(3 * width, maxLimbs);
            var product = buffer.Slice((3 * width) + maxLimbs, maxLimbs);
            positive.Clear();
            negative.Clear();
            ulong cut = 0;
            for (var i = 0; i <= terms; i++)
            {
                Ball a;
                Ball b;
                if (i < terms)
                {
                    a = pairs ? x[2 * i] : x[i];
                    b = pairs ? x[(2 * i) + 1] : One;
                }
                else
                {
                    a = constant;
                    b = One;
                }

                if (a.Mid.IsZero || b.Mid.IsZero)
                {
                    continue;
                }

                var la = Limbs.For(a.MidBits);
                var xa = factors[..la];
                Limbs.FromMagnitude(a.Mid, xa);
                var p = xa;
                if (!b.Mid.IsOne)
                {
                    var lb = Limbs.For(b.MidBits);
                    var xb = factors.Slice(la, lb);
                    Limbs.FromMagnitude(b.Mid, xb);
                    p = product[..(la + lb)];
                    Limbs.Multiply(xa, xb, p);
                    if (!a.Rad.IsZero)
                    {
                        rad += Limbs.UpperBound(xb, b.Exp) * a.Rad;
                    }
                }
                else if (!a.Rad.IsZero && i < terms)
                {
                    rad += Mag.Pow2(b.Exp) * a.Rad;
                }

                if (!b.Rad.IsZero)
                {
                    rad += (Limbs.UpperBound(xa, a.Exp) * b.Rad) + (a.Rad * b.Rad);
                }

                var shift = a.Exp + b.Exp - low;
                var sum = (a.Mid.Sign < 0) != (b.Mid.Sign < 0) ? negative : positive;
                if (shift >= 0)
                {
                    Limbs.ShiftLeft(p, (int)shift, aligned);
                    Limbs.Add(sum, aligned);
                }
                else if (-shift >= Limbs.BitLength(p))
                {
                    rad += Limbs.UpperBound(p, a.Exp + b.Exp);
                }
                else if (Limbs.AddShiftedRight(sum, p, (int)-shift))
                {
                    cut++;
                }
            }

            if (cut > 0)
            {
                rad += Mag.Create(cut, low);
            }

            var sign = Limbs.Compare(positive, negative);
            if (sign >= 0)
            {
                Limbs.Subtract(positive, negative);
                return FromLimbs(positive, false, low, rad, prec);
            }

            Limbs.Subtract(negative, positive);
            return FromLimbs(negative, true, low, rad, prec);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }
}
