using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>
/// The fixed-point kernels' own error counts, checked before any final rounding can hide them: each result ± its count
/// must contain the same computation at four times the limbs.
/// </summary>
public sealed class FixedPointSeriesTests
{
    [Fact]
    public void ExpM1_OnSeededRandomFixedPointInputs_IsWithinItsErrorCount()
    {
        var random = new Random(31);
        for (var i = 0; i < 400; i++)
        {
            var limbs = random.Next(1, 30);
            var w = (64 * limbs) - 2;
            var bits = random.Next(1, w - 1);
            var x = RandomBits(random, bits);
            if (x >= 3 * (BigInteger.One << (w - 2)))
            {
                continue;
            }

            var (t, error) = ExpM1(x, limbs);
            var highLimbs = (4 * limbs) + 2;
            var shift = (64 * highLimbs) - 2 - w;
            var (tHigh, errorHigh) = ExpM1(x << shift, highLimbs);

            // [tHigh ± errorHigh]·2^−(w+shift) inside [t ± error]·2^−w.
            var scale = BigInteger.One << shift;
            var lo = (t - error) * scale;
            var hi = (t + error) * scale;
            (tHigh - errorHigh >= lo && tHigh + errorHigh <= hi).ShouldBeTrue($"expm1({x}·2^-{w}): {t} ± {error}");
        }
    }

    [Fact]
    public void ReduceByLn2_OnSeededRandomArguments_IsWithinItsErrorCount()
    {
        var random = new Random(32);
        var ln2 = Constants.Ln2(20000);
        for (var i = 0; i < 400; i++)
        {
            var w = (64 * random.Next(1, 30)) - 2;
            var bits = random.Next(1, 300);
            var sign = random.Next(2) == 0 ? 1 : -1;
            var m = new Ball(sign * RandomBits(random, bits), random.Next(-100, 37) - bits, Mag.Zero);
            var n = (long)Math.Floor(ToDouble(m) / Math.Log(2)) + random.Next(-1, 2);
            var r = BallMath.ReduceByLn2(m, n, w, out var rho);

            // r·2^−w − (m − n·ln 2), with ln 2 at 20000 bits, must be within ρ·2^−w.
            var exact = Ball.Sub(m, Ball.MulInt(ln2, n, 20000), 20000);
            var diff = Ball.Sub(new Ball(r, -w, Mag.Zero), exact, 20000);
            var bound = diff.UpperMagnitude;
            (bound.Log2Estimate() <= rho.MulPow2(-w).Log2Estimate()).ShouldBeTrue($"m = {m.Mid}·2^{m.Exp}, n = {n}, w = {w}");
        }
    }

    [Fact]
    public void ErfSeries_OnSeededRandomInputs_ContainsTheHighPrecisionSum()
    {
        var random = new Random(33);
        for (var i = 0; i < 300; i++)
        {
            var prec = random.Next(30, 1200);
            var bits = random.Next(1, 120);
            var a = new Ball(RandomBits(random, bits), random.Next(-40, 6) - bits, Mag.Zero);
            var a2 = new Ball(a.Mid * a.Mid, 2 * a.Exp, Mag.Zero);
            var low = BallMath.ErfSeries(a, a2, prec);
            var high = BallMath.ErfSeries(a, a2, (4 * prec) + 64);
            Contains(low, high).ShouldBeTrue($"a = {a.Mid}·2^{a.Exp}, p = {prec}");
        }
    }

    [Fact]
    public void LimbArithmetic_OnSeededRandomOperands_MatchesBigInteger()
    {
        var random = new Random(34);
        for (var i = 0; i < 500; i++)
        {
            var n = random.Next(1, 50);
            var m = random.Next(1, 50);
            var a = RandomBits(random, random.Next(1, (64 * n) + 1));
            var b = RandomBits(random, random.Next(1, (64 * m) + 1));
            var la = new ulong[n];
            var lb = new ulong[m];
            Limbs.FromBigInteger(a, la);
            Limbs.FromBigInteger(b, lb);

            var product = new ulong[n + m];
            Limbs.Multiply(la, lb, product);
            Limbs.ToBigInteger(product).ShouldBe(a * b);

            var square = new ulong[2 * n];
            Limbs.Square(la, square);
            Limbs.ToBigInteger(square).ShouldBe(a * a);

            var shift = random.Next(0, 64 * (n + m));
            var shifted = new ulong[n + m];
            Limbs.ShiftRight(product, shift, shifted);
            Limbs.ToBigInteger(shifted).ShouldBe((a * b) >> shift);

            uint[] edges = [1, 2, 3, 0x8000_0000, uint.MaxValue];
            var d = i % 5 == 0 ? edges[i / 5 % 5] : (uint)random.NextInt64(1, 1L << 32);
            var quotient = (ulong[])la.Clone();
            var rem = Limbs.DivRem(quotient, d);
            Limbs.ToBigInteger(quotient).ShouldBe(a / d);
            rem.ShouldBe((ulong)(a % d));

            var sum = new ulong[n + 1];
            Limbs.FromBigInteger(a, sum);
            var addend = b & ((BigInteger.One << (64 * n)) - 1);
            var lAddend = new ulong[n];
            Limbs.FromBigInteger(addend, lAddend);
            Limbs.Add(sum, lAddend);
            Limbs.ToBigInteger(sum).ShouldBe(a + addend);
        }
    }

    private static (BigInteger T, BigInteger Error) ExpM1(BigInteger x, int limbs)
    {
        var w = (64 * limbs) - 2;
        var input = new ulong[limbs];
        var result = new ulong[limbs];
        Limbs.FromBigInteger(x, input);
        var error = ExpSeries.ExpM1(input, w, result);
        var units = error.ToUnits(0, 1 << 20) ?? throw new InvalidOperationException("unbounded error");
        return (Limbs.ToBigInteger(result), units);
    }

    private static BigInteger RandomBits(Random random, int bits)
    {
        var bytes = new byte[(bits + 8) / 8];
        random.NextBytes(bytes);
        var x = new BigInteger(bytes, isUnsigned: true) & ((BigInteger.One << bits) - 1);
        return x | (BigInteger.One << (bits - 1));
    }

    private static double ToDouble(Ball m) => Math.ScaleB((double)m.Mid, (int)m.Exp);

    private static bool Contains(Ball outer, Ball inner)
    {
        var e = Math.Min(Math.Min(outer.Exp, inner.Exp), Math.Min(outer.Rad.Exp, inner.Rad.Exp));
        BigInteger At(BigInteger mid, long exp) => mid << (int)(exp - e);
        var outerRad = At(outer.Rad.Man, outer.Rad.Exp);
        var innerRad = At(inner.Rad.Man, inner.Rad.Exp);
        var outerMid = At(outer.Mid, outer.Exp);
        var innerMid = At(inner.Mid, inner.Exp);
        return outerMid - outerRad <= innerMid - innerRad && innerMid + innerRad <= outerMid + outerRad;
    }
}
