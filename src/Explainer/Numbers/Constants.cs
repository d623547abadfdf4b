using System.Numerics;

namespace Explainer.Numbers;

/// <summary>ln 2 and π as certified balls, computed once per precision and cached.</summary>
internal static class Constants
{
    private static Cached? _ln2;
    private static Cached? _pi;

    public static Ball Ln2(int prec) => Get(ref _ln2, prec, ComputeLn2);

    public static Ball Pi(int prec) => Get(ref _pi, prec, ComputePi);

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

    /// <remarks>ln 2 = 2 Σ 1 / ((2k+1) 3^(2k+1)), summed in fixed point; each floor loses under one unit.</remarks>
    private static Ball ComputeLn2(int prec)
    {
        var w = prec + 16;
        var p = (BigInteger.One << w) / 3;
        var sum = BigInteger.Zero;
        long terms = 0;
        for (var k = 1; !p.IsZero; k += 2)
        {
            sum += p / k;
            p /= 9;
            terms++;
        }

        var err = Mag.Create((ulong)((3 * terms) + 4), -w);
        return Ball.Create(sum, -w, err, prec).MulPow2(1);
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
}
