using System.Numerics;

namespace Explainer.Numbers;

/// <summary>ln 2 and π as certified balls, computed once per precision and cached.</summary>
internal static class Constants
{
    private static Cached? _pi;
    private static Cached? _twoOverSqrtPi;
    private static FixedLn2? _ln2Bits;
    private static FixedLn2? _ln2Last;

    public static Ball Ln2(int prec)
    {
        var (value, error) = Ln2Fixed(prec + 8);
        return Ball.Create(value, -(prec + 8), Mag.Create(error, -(prec + 8)), prec + 4);
    }

    public static Ball Pi(int prec) => Get(ref _pi, prec, ComputePi);

    /// <summary>2/√π, the factor of erf.</summary>
    public static Ball TwoOverSqrtPi(int prec)
        => Get(ref _twoOverSqrtPi, prec, p => Ball.Div(Ball.FromInteger(2), BallMath.Sqrt(Pi(p + 8), p + 8), p));

    /// <summary>ln 2 · 2^bits as an integer within <c>Error</c> units (at most 2), for fixed-point argument reduction.</summary>
    /// <remarks>A floor of the cached sum at more bits: its error e shrinks to e/2^shift, and the floor adds under one.</remarks>
    public static (BigInteger Value, ulong Error) Ln2Fixed(int bits)
    {
        var last = Volatile.Read(ref _ln2Last);
        if (last is not null && last.Bits == bits)
        {
            return (last.Value, last.Error);
        }

        var c = Volatile.Read(ref _ln2Bits);
        if (c is null || c.Bits <= bits)
        {
            var p = Math.Max(bits + 64, c is null ? 256 : c.Bits * 2);
            c = ComputeLn2(p);
            Volatile.Write(ref _ln2Bits, c);
        }

        // The cached value is within 2 units; shifted right by s ≥ 1 bits, within 2/2^s plus the floor's one: 2.
        var result = new FixedLn2(c.Value >> (c.Bits - bits), bits, 2);
        Volatile.Write(ref _ln2Last, result);
        return (result.Value, result.Error);
    }

    private static Ball Get(ref Cached? cache, int prec, Func<int, Ball> compute)
    {
        var c = Volatile.Read(ref cache);
        if (c is null || c.Prec < prec)
        {
            // Compute with room to spare, so that slowly rising precisions do not recompute each time.
            var p = Math.Max(prec + 64, c is null ? 256 : c.Prec * 2);
            c = new Cached(compute(p), p);
            Volatile.Write(ref cache, c);
        }

        return c.Value.Round(prec + 4);
    }

    /// <remarks>
    /// ln 2 = 2 Σ 1 / ((2k+1) 3^(2k+1)), summed in fixed point at 32 extra bits: the powers of 1/3 are exact floors,
    /// each term's floor loses under 2 units and the tail under one, so twice the sum is within 4·terms + 2 &lt; 2^32
    /// units; dropping the 32 extra bits leaves an error under one unit plus the floor's one.
    /// </remarks>
    private static FixedLn2 ComputeLn2(int bits)
    {
        var w = bits + 32;
        var p = (BigInteger.One << w) / 3;
        var sum = BigInteger.Zero;
        for (var k = 1; !p.IsZero; k += 2)
        {
            sum += p / k;
            p /= 9;
        }

        return new FixedLn2((sum << 1) >> 32, bits, 2);
    }

    /// <remarks>Machin: π = 16 atan(1/5) − 4 atan(1/239), each series summed in fixed point.</remarks>
    private static Ball ComputePi(int prec)
    {
        var w = prec + 16;
        var (a, na) = AtanInverse(5, w);
        var (b, nb) = AtanInverse(239, w);
        var sum = (16 * a) - (4 * b);
        var err = Mag.Create((ulong)((16 * ((2 * na) + 2)) + (4 * ((2 * nb) + 2))), -w);
        return Ball.Create(sum, -w, err, prec);
    }

    /// <summary>atan(1/x) · 2^w in fixed point, and the number of terms (each adds under two units of error).</summary>
    private static (BigInteger Sum, long Terms) AtanInverse(int x, int w)
    {
        var x2 = x * x;
        var p = (BigInteger.One << w) / x;
        var sum = BigInteger.Zero;
        long terms = 0;
        for (var k = 0; !p.IsZero; k++)
        {
            var t = p / ((2 * k) + 1);
            sum += (k & 1) == 0 ? t : -t;
            p /= x2;
            terms++;
        }

        return (sum, terms);
    }

    private sealed record Cached(Ball Value, int Prec);

    private sealed record FixedLn2(BigInteger Value, int Bits, ulong Error);
}
