using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>Exact + and × of short decimals (the forward pass of a small network before any activation).</summary>
[MemoryDiagnoser]
public class ExactArithmeticBenchmarks
{
    private Real _w1;
    private Real _i1;
    private Real _w2;
    private Real _i2;
    private Real _b1;

    [GlobalSetup]
    public void Setup()
    {
        _w1 = Real.Parse("0.15");
        _i1 = Real.Parse("0.05");
        _w2 = Real.Parse("0.2");
        _i2 = Real.Parse("0.1");
        _b1 = Real.Parse("0.35");
    }

    [Benchmark]
    public Real Multiply() => _w1 * _i1;

    [Benchmark]
    public Real Add() => _w1 + _i1;

    [Benchmark]
    public Real NetInput() => (_w1 * _i1) + (_w2 * _i2) + _b1;
}
