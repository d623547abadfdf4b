using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>
/// Rigour of ball arithmetic: a ball at precision p must contain the true value. The true value is approximated by the
/// same function at 4p + 64 bits, whose whole (much smaller) interval must lie inside the low-precision interval.
/// </summary>
public sealed class BallContainmentTests
{
    private const int Cases = 300;

    public static TheoryData<string> Functions => new(Function.All.Select(f => f.Name));

    [Fact]
    public void Exp_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("exp"), seed: 1);

    [Fact]
    public void ExpM1_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("expm1"), seed: 2);

    [Fact]
    public void Log_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("log"), seed: 3);

    [Fact]
    public void Sqrt_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("sqrt"), seed: 4);

    [Fact]
    public void Tanh_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("tanh"), seed: 5);

    [Fact]
    public void Sigmoid_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("sigmoid"), seed: 6);

    [Fact]
    public void Erf_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("erf"), seed: 7);

    [Fact]
    public void PowInt_OnSeededRandomInputs_ContainsTheHighPrecisionValue()
    {
        CheckPoints(Function.Named("pow2"), seed: 8);
        CheckPoints(Function.Named("pow7"), seed: 12);
        CheckPoints(Function.Named("pow33"), seed: 13);
    }

    [Fact]
    public void Div_OnSeededRandomInputs_ContainsTheHighPrecisionValue() => CheckPoints(Function.Named("div"), seed: 9);

    [Fact]
    public void MulAndAdd_OnSeededRandomInputs_ContainTheHighPrecisionValue()
    {
        CheckPoints(Function.Named("mul"), seed: 10);
        CheckPoints(Function.Named("add"), seed: 11);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_OfBallWithRadius_ContainsItsValuesAtTheEndsAndTheMiddle(string name)
    {
        var f = Function.Named(name);
        var random = new Random(100 + name.Length + name[0]);
        for (var i = 0; i < Cases; i++)
        {
            var prec = RandomPrecision(random);
            var mid = f.Argument(random);
            var radius = Mag.Pow2(mid.MidBits + mid.Exp - random.Next(3, prec + 20));
            var x = new Ball(mid.Mid, mid.Exp, radius);
            if (!f.Accepts(x))
            {
                continue;
            }

            var y = f.Apply(x, prec);
            foreach (var point in new[] { mid, Endpoint(x, -1), Endpoint(x, 1) })
            {
                if (f.Accepts(point))
                {
                    AssertContainsReference(y, f, point, prec, $"{name} at {Describe(point)} of {Describe(x)}, p = {prec}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_AtExactPoints_HasARelativeRadiusBelow2ToTheTenMinusP(string name)
    {
        var f = Function.Named(name);
        var random = new Random(200 + name.Length + name[0]);
        for (var i = 0; i < Cases; i++)
        {
            var prec = RandomPrecision(random);
            var x = f.Argument(random);
            var y = f.Apply(x, prec);
            y.IsInfinite.ShouldBeFalse($"{name}({Describe(x)}) at p = {prec}");
            y.Mid.IsZero.ShouldBeFalse($"{name}({Describe(x)}) at p = {prec}");
            var relative = y.Rad.Log2Estimate() - (y.MidBits - 1 + y.Exp);
            relative.ShouldBeLessThan(10 - prec, $"{name}({Describe(x)}) at p = {prec}");
        }
    }

    [Theory]
    [InlineData(30)]
    [InlineData(190)]
    [InlineData(1700)]
    public void Exp_OfHalvesAndNearLn2Multiples_ContainsTheHighPrecisionValue(int prec)
    {
        // Arguments at the edges of the reduction r = m − n ln 2 ∈ [0, 3/4): just either side of n·ln 2.
        var f = Function.Named("exp");
        var ln2 = Constants.Ln2(400);
        foreach (var n in new long[] { -1000, -3, -1, 1, 2, 5, 77, 1_000_000 })
        {
            var near = Ball.MulInt(ln2, n, 300);
            foreach (var delta in new[] { -1, 0, 1 })
            {
                var x = new Ball((near.Mid >> 20) + delta, near.Exp + 20, Mag.Zero);
                var y = f.Apply(x, prec);
                AssertContainsReference(y, f, x, prec, $"exp near {n} ln 2");
            }
        }
    }

    [Fact]
    public void ExpM1_OfTinyArguments_KeepsRelativeAccuracy()
    {
        foreach (var exponent in new[] { -40, -100, -300, -1000, -5000 })
        {
            foreach (var sign in new[] { 1, -1 })
            {
                var x = new Ball(sign * 12345, exponent, Mag.Zero);
                var y = BallMath.ExpM1(x, 100);
                AssertContains(y, BallMath.ExpM1(x, 464), $"expm1({sign}·12345·2^{exponent})");
                (y.Rad.Log2Estimate() - (y.MidBits + y.Exp)).ShouldBeLessThan(-90);
            }
        }
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(-1, 5)]
    [InlineData(1, 5)]
    [InlineData(-1, 64)]
    [InlineData(1, 64)]
    [InlineData(-1, -40)]
    [InlineData(1, -40)]
    public void BitLength_OfNegativeAndPositive_IsTheBitLengthOfTheMagnitude(int sign, int log2)
    {
        foreach (var offset in new[] { -1, 0, 1 })
        {
            var magnitude = (BigInteger.One << Math.Abs(log2 * (log2 < 0 ? 10 : 1))) + offset;
            if (magnitude.IsZero)
            {
                continue;
            }

            var x = sign * magnitude;
            Ball.BitLength(x).ShouldBe((long)magnitude.GetBitLength(), $"{x}");
        }
    }

    [Fact]
    public void FromRational_OnSeededRandomFractions_ContainsTheFractionTightly()
    {
        var random = new Random(43);
        for (var i = 0; i < 1000; i++)
        {
            var prec = RandomPrecision(random);
            var bytes = new byte[random.Next(1, 30)];
            random.NextBytes(bytes);
            var num = new BigInteger(bytes);
            var den = i % 2 == 0 ? new BigInteger(random.NextInt64(1, 1L << 32)) : new BigInteger(random.NextInt64(1, long.MaxValue)) << random.Next(0, 100);
            if (num.IsZero)
            {
                continue;
            }

            var b = Ball.FromRational(num, den, prec);

            // |Mid·2^Exp − num/den| ≤ Rad, all scaled by den·2^e to integers.
            var rad = ToRational(b.Rad);
            var e = Math.Min(Math.Min(b.Exp, rad.Exp), 0);
            var mid = b.Mid << (int)(b.Exp - e);
            var r = rad.Num << (int)(rad.Exp - e);
            BigInteger.Abs((mid * den) - (num << (int)-e)).ShouldBeLessThanOrEqualTo(r * den, $"{num}/{den} at p = {prec}");
            (b.Rad.Log2Estimate() - (b.MidBits - 1 + b.Exp)).ShouldBeLessThan(3 - prec, $"{num}/{den} at p = {prec}");
        }
    }

    [Fact]
    public void MagUpperBound_OfLargeNegativeAndPositive_BoundsTheMagnitude()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(1, 40)];
            random.NextBytes(bytes);
            var x = new BigInteger(bytes);
            var upper = Mag.UpperBound(x, -7);
            var lower = Mag.LowerBound(x, -7);
            var exact = BigInteger.Abs(x);
            Compare(ToRational(upper), (exact, -7)).ShouldBeGreaterThanOrEqualTo(0, $"{x}");
            Compare(ToRational(lower), (exact, -7)).ShouldBeLessThanOrEqualTo(0, $"{x}");
            if (!exact.IsZero)
            {
                (upper.Log2Estimate() - lower.Log2Estimate()).ShouldBeLessThan(1e-6);
            }
        }
    }

    private static void CheckPoints(Function f, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var prec = RandomPrecision(random);
            var x = f.Argument(random);
            var low = f.Apply(x, prec);
            AssertContainsReference(low, f, x, prec, $"{f.Name}({Describe(x)}) at p = {prec}");
        }
    }

    /// <summary>Asserts that <paramref name="low"/> contains f(x) computed at 4p + 64 bits, or higher while that is not tighter.</summary>
    /// <remarks>A low-precision result can be tighter than a high-precision one (erf far out is 1 ± e^(−x²)): then go higher.</remarks>
    private static void AssertContainsReference(Ball low, Function f, Ball x, int prec, string what)
    {
        for (var high = (4 * prec) + 64; ; high *= 2)
        {
            var reference = f.Apply(x, high);
            var tighter = low.Rad.IsZero || reference.Rad.Log2Estimate() < low.Rad.Log2Estimate() - 8;
            if (tighter || high >= 64 * prec || Contains(low, reference))
            {
                AssertContains(low, reference, what);
                return;
            }
        }
    }

    /// <summary>p in 30..2000, log-uniform, so small precisions are well covered and large ones stay affordable.</summary>
    private static int RandomPrecision(Random random) => (int)(30 * Math.Pow(2000.0 / 30, random.NextDouble()));

    /// <summary>A random exact dyadic of magnitude 10^−30..10^3 (an 80-bit mantissa), of random sign.</summary>
    private static Ball RandomArgument(Random random, double minLog10, double maxLog10, bool positive)
    {
        var log10 = minLog10 + ((maxLog10 - minLog10) * random.NextDouble());
        var bytes = new byte[10];
        random.NextBytes(bytes);
        var mantissa = new BigInteger(bytes, isUnsigned: true) | (BigInteger.One << 79);
        var exp = (long)Math.Floor(log10 * Math.Log2(10)) - 79;
        var sign = positive || random.Next(2) == 0 ? 1 : -1;
        return new Ball(sign * mantissa, exp, Mag.Zero);
    }

    private static Ball Endpoint(Ball x, int side)
    {
        var rad = x.Rad;
        var e = Math.Min(x.Exp, rad.Exp);
        var mid = (x.Mid << (int)(x.Exp - e)) + (side * (new BigInteger(rad.Man) << (int)(rad.Exp - e)));
        return new Ball(mid, e, Mag.Zero);
    }

    private static void AssertContains(Ball outer, Ball inner, string what)
    {
        inner.IsInfinite.ShouldBeFalse($"the high-precision value of {what} is unbounded");
        if (outer.IsInfinite)
        {
            return;
        }

        if (!Contains(outer, inner))
        {
            // Only now write the (possibly huge) endpoints out.
            var (outerLo, outerHi) = Interval(outer);
            var (innerLo, innerHi) = Interval(inner);
            false.ShouldBeTrue($"{what}: [{Show(innerLo)}, {Show(innerHi)}] is not inside [{Show(outerLo)}, {Show(outerHi)}]");
        }
    }

    private static bool Contains(Ball outer, Ball inner)
    {
        if (outer.IsInfinite || inner.IsInfinite)
        {
            return outer.IsInfinite;
        }

        var (outerLo, outerHi) = Interval(outer);
        var (innerLo, innerHi) = Interval(inner);
        return Compare(outerLo, innerLo) <= 0 && Compare(innerHi, outerHi) <= 0;
    }

    private static ((BigInteger Num, long Exp) Lo, (BigInteger Num, long Exp) Hi) Interval(Ball b)
    {
        var rad = ToRational(b.Rad);
        var e = Math.Min(b.Exp, rad.Exp);
        var mid = b.Mid << (int)(b.Exp - e);
        var r = rad.Num << (int)(rad.Exp - e);
        return ((mid - r, e), (mid + r, e));
    }

    private static (BigInteger Num, long Exp) ToRational(Mag m) => m.IsZero ? (BigInteger.Zero, 0) : (new BigInteger(m.Man), m.Exp);

    private static int Compare((BigInteger Num, long Exp) a, (BigInteger Num, long Exp) b)
    {
        var e = Math.Min(a.Exp, b.Exp);
        return (a.Num << (int)(a.Exp - e)).CompareTo(b.Num << (int)(b.Exp - e));
    }

    private static string Show((BigInteger Num, long Exp) x) => $"{x.Num}·2^{x.Exp}";

    private static string Describe(Ball x) => $"{x.Mid}·2^{x.Exp} ± {x.Rad.Man}·2^{x.Rad.Exp}";

    private sealed record Function(string Name, Func<Random, Ball> Argument, Func<Ball, int, Ball> Apply, Func<Ball, bool> Accepts)
    {
        private static readonly Ball Divisor = new(BigInteger.Parse("-1234567890123456789"), -55, Mag.Zero);

        public static IReadOnlyList<Function> All { get; } =
        [
            new("exp", r => RandomArgument(r, -30, 3, false), BallMath.Exp, _ => true),
            new("expm1", r => RandomArgument(r, -30, 3, false), BallMath.ExpM1, _ => true),
            new("log", r => RandomArgument(r, -30, 3, true), BallMath.Log, x => x.IsPositive),
            new("sqrt", r => RandomArgument(r, -30, 3, true), BallMath.Sqrt, x => x.IsPositive),
            new("tanh", r => RandomArgument(r, -30, 3, false), BallMath.Tanh, _ => true),
            new("sigmoid", r => RandomArgument(r, -30, 3, false), BallMath.Sigmoid, _ => true),
            new("erf", r => RandomArgument(r, -30, 3, false), BallMath.Erf, _ => true),
            new("log1p", r => RandomArgument(r, -30, -0.5, false), BallMath.Log1p, x => Ball.Add(Ball.One, x, 64).IsPositive),
            new("log1pwide", r => RandomArgument(r, -30, 3, true), BallMath.Log1p, _ => true),
            new("softplus", r => RandomArgument(r, -30, 3, false), BallMath.Softplus, _ => true),
            new("pow2", r => RandomArgument(r, -30, 3, false), (x, p) => BallMath.PowInt(x, 2, p), _ => true),
            new("pow7", r => RandomArgument(r, -30, 3, false), (x, p) => BallMath.PowInt(x, 7, p), _ => true),
            new("pow33", r => RandomArgument(r, -30, 3, false), (x, p) => BallMath.PowInt(x, 33, p), _ => true),
            new("div", r => RandomArgument(r, -30, 3, false), (x, p) => Ball.Div(x, Ball.Add(x, Divisor, p + 300), p), _ => true),
            new("mul", r => RandomArgument(r, -30, 3, false), (x, p) => Ball.Mul(x, Ball.Add(x, Divisor, p), p), _ => true),
            new("add", r => RandomArgument(r, -30, 3, false), (x, p) => Ball.Add(x, Ball.Mul(x, Divisor, p), p), _ => true),
        ];

        public static Function Named(string name) => All.Single(f => f.Name == name);
    }
}
