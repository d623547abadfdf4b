using System.Numerics;
using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>exp and sigmoid at thousands of digits, where exp is Brent's bit burst (ExpBitBurst), and the same exp by the fixed-point series for comparison.</summary>
[MemoryDiagnoser]
public class HighPrecisionExpBenchmarks
{
    private Ball _arg;
    private BigInteger _reduced;
    private ulong[] _limbs = [];
    private ulong[] _result = [];
    private int _w;
    private int _bits;

    [Params(5000, 20000)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bits = (int)Math.Ceiling(Digits * 3.3219280948873623) + 8;
        _arg = Ball.FromRational(-3775, 10000, bits);

        // A reduced argument as ExpPoint passes it: ⌊0.3775·2^w⌋ at ExpPoint's scale for these bits.
        var limbs = Limbs.For(bits + ExpSeries.GuardBits(bits) + 2);
        _w = (64 * limbs) - 2;
        _reduced = (BigInteger.One << _w) * 3775 / 10000;
        _limbs = new ulong[limbs];
        _result = new ulong[limbs];
        Limbs.FromBigInteger(_reduced, _limbs);
        _bits = bits;
    }

    [Benchmark]
    public BigInteger Exp() => BallMath.Exp(_arg, _bits).Mid;

    [Benchmark]
    public BigInteger Sigmoid() => BallMath.Sigmoid(_arg, _bits).Mid;

    [Benchmark]
    public BigInteger BitBurstKernel() => ExpBitBurst.Exp(_reduced, _w, out _);

    [Benchmark]
    public ulong SeriesKernel() => ExpSeries.ExpM1(_limbs, _w, _result).Man;
}
