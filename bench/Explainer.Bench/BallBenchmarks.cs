using System.Numerics;
using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>The ball-arithmetic kernels (each returns the midpoint, since <see cref="Ball"/> is internal) at a 50-digit (190-bit) and a 500-digit (1700-bit) working precision.</summary>
[MemoryDiagnoser]
public class BallBenchmarks
{
    private Ball _x;
    private Ball _y;
    private Ball _arg;
    private BigInteger _a;
    private BigInteger _b;

    [Params(190, 1700)]
    public int Bits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _x = Ball.FromRational(1, 3, Bits);
        _y = Ball.FromRational(-2, 7, Bits);
        _arg = Ball.FromRational(3775, 10000, Bits);
        _a = _x.Mid;
        _b = _y.Mid;
    }

    [Benchmark(Baseline = true)]
    public BigInteger RawMultiply() => _a * _b;

    [Benchmark]
    public BigInteger Mul() => Ball.Mul(_x, _y, Bits).Mid;

    [Benchmark]
    public BigInteger Add() => Ball.Add(_x, _y, Bits).Mid;

    [Benchmark]
    public BigInteger Div() => Ball.Div(_x, _y, Bits).Mid;

    [Benchmark]
    public BigInteger Exp() => BallMath.Exp(_arg, Bits).Mid;

    [Benchmark]
    public BigInteger ExpM1() => BallMath.ExpM1(_arg, Bits).Mid;

    [Benchmark]
    public BigInteger Sigmoid() => BallMath.Sigmoid(_arg, Bits).Mid;

    [Benchmark]
    public BigInteger Log() => BallMath.Log(_arg, Bits).Mid;
}
