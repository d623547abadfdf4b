using System.Globalization;
using System.Numerics;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>exp by the bit burst (from about 3000 digits on) against the fixed-point series at a finer scale, and its balls against the committed mpmath values.</summary>
public sealed class ExpBitBurstTests
{
    private const double Log2Of10 = 3.3219280948873623;

    public static TheoryData<string, string, int, string, int> Rows()
    {
        var data = new TheoryData<string, string, int, string, int>();
        foreach (var r in ReferenceData.Rows("digits5000.tsv"))
        {
            if (r[1].StartsWith("exp(", StringComparison.Ordinal) || r[1].StartsWith("sigmoid(", StringComparison.Ordinal))
            {
                data.Add(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], int.Parse(r[4], CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [InlineData(9982)]
    [InlineData(10046)]
    [InlineData(16702)]
    public void Exp_OfReducedArguments_IsWithinItsBoundOfTheFinerSeries(int w)
    {
        // ExpPoint's scales are 64·limbs − 2: 9982 is the last below ExpBitBurst.MinBits, 10046 the first above it.
        // The series at 128 more bits is within 2^57 of its units, 2^−71 of ours: a reference the bound must cover.
        const int finer = 128;
        var limbs = (w + finer + 2) / 64;
        var random = new Random(w);
        foreach (var x in Arguments(random, w))
        {
            var e = ExpBitBurst.Exp(x, w, out var error);

            var xs = new ulong[limbs];
            var t = new ulong[limbs];
            Limbs.FromBigInteger(x << finer, xs);
            var seriesError = ExpSeries.ExpM1(xs, w + finer, t);
            var reference = Limbs.ToBigInteger(t) + (BigInteger.One << (w + finer));

            var gap = BigInteger.Abs((e << finer) - reference);
            (gap <= (Units(error) << finer) + Units(seriesError)).ShouldBeTrue($"exp({x.GetBitLength() - w}-bit X) at w = {w}: off by 2^{BigInteger.Log(gap, 2):F1} units of 2^−{w + finer}, bound 2^{error.Log2Estimate() + finer:F1}");
            error.Log2Estimate().ShouldBeLessThan(30, $"the bound at w = {w}");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ExpOrSigmoid_AtTheReferenceDigits_MeetsTheMpmathValue(string name, string expression, int digits, string mantissa, int exponent)
    {
        var prec = (int)(digits * Log2Of10) + 10;
        var y = Evaluate(expression, prec);

        MeetsReference(y, mantissa, exponent).ShouldBeTrue(name);
        (y.Rad.Log2Estimate() - (y.MidBits - 1 + y.Exp)).ShouldBeLessThan(8 - prec, name);
    }

    [Fact]
    public void Exp_AcrossTheSwitchToTheBitBurst_MeetsTheMpmathValue()
    {
        // From prec ≈ 9930 on, ExpPoint's scale reaches ExpBitBurst.MinBits; the reference has 3050 digits (10131 bits).
        var row = ReferenceData.Rows("digits5000.tsv").Single(r => r[0] == "expaboveswitch");
        var exponent = int.Parse(row[4], CultureInfo.InvariantCulture);
        for (var prec = 9800; prec <= 10100; prec += 25)
        {
            var y = Evaluate(row[1], prec);

            MeetsReference(y, row[3], exponent).ShouldBeTrue($"exp(0.3775) at p = {prec}");
            (y.Rad.Log2Estimate() - (y.MidBits - 1 + y.Exp)).ShouldBeLessThan(8 - prec, $"exp(0.3775) at p = {prec}");
        }
    }

    /// <summary>Random reduced arguments, and the edges: tiny, one bit, only low bits, just below 3/4, chunk boundaries.</summary>
    private static IEnumerable<BigInteger> Arguments(Random random, int w)
    {
        var limit = BigInteger.One << (w - 2);
        limit *= 3;
        for (var i = 0; i < 6; i++)
        {
            var bytes = new byte[(w / 8) + 1];
            random.NextBytes(bytes);
            yield return new BigInteger(bytes, isUnsigned: true) % limit;
        }

        yield return BigInteger.One;
        yield return (BigInteger.One << 64) - 1;
        yield return (BigInteger.One << (w / 2)) + 1;
        yield return BigInteger.One << (w - 16);
        yield return (BigInteger.One << (w - 32)) - 1;
        yield return limit - 1;
    }

    private static BigInteger Units(Mag m)
        => m.IsZero ? BigInteger.Zero : m.Exp >= 0 ? new BigInteger(m.Man) << (int)m.Exp : (new BigInteger(m.Man) >> (int)-m.Exp) + 1;

    /// <summary>exp(a) or sigmoid(a) of the exact decimal a, as a ball at <paramref name="prec"/> bits.</summary>
    private static Ball Evaluate(string expression, int prec)
    {
        var open = expression.IndexOf('(', StringComparison.Ordinal);
        var (num, den) = Decimal(expression[(open + 1)..^1]);
        var x = Ball.FromRational(num, den, prec + 32);
        return expression[..open] == "exp" ? BallMath.Exp(x, prec) : BallMath.Sigmoid(x, prec);
    }

    /// <summary>A decimal such as −7.25 or 3e-30 as an exact fraction.</summary>
    private static (BigInteger Num, BigInteger Den) Decimal(string text)
    {
        var e = text.IndexOf('e', StringComparison.Ordinal);
        var power = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var body = e < 0 ? text : text[..e];
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            power -= body.Length - dot - 1;
            body = body.Remove(dot, 1);
        }

        var digits = BigInteger.Parse(body, CultureInfo.InvariantCulture);
        return power >= 0 ? (digits * BigInteger.Pow(10, power), BigInteger.One) : (digits, BigInteger.Pow(10, -power));
    }

    /// <summary>Whether the ball meets [v − u/2, v + u/2], v the reference and u a unit of its last digit: the true value lies in both.</summary>
    private static bool MeetsReference(Ball y, string mantissa, int exponent)
    {
        var k = exponent - (mantissa.TrimStart('-').Length - 1);
        var m = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);

        // Everything times 2·2^(−e)·10^(−kmin), as integers.
        var e = Math.Min(Math.Min(y.Exp, y.Rad.Exp), 0);
        var kmin = Math.Min(k, 0);
        var tens = BigInteger.Pow(10, -kmin);
        var mid = (y.Mid << (int)(y.Exp - e + 1)) * tens;
        var rad = (new BigInteger(y.Rad.Man) << (int)(y.Rad.Exp - e + 1)) * tens;
        var unit = BigInteger.Pow(10, k - kmin) << (int)-e;
        var reference = 2 * m * unit;
        return BigInteger.Abs(mid - reference) <= rad + unit;
    }
}
