using System.Numerics;
using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>Products and squares on 64-bit limbs (schoolbook, then Karatsuba from <see cref="Limbs.KaratsubaLimit"/>) against the runtime's <see cref="BigInteger"/> product, at the sizes the thresholds are set by and 5000 digits (260 limbs).</summary>
[MemoryDiagnoser]
public class LimbMultiplyBenchmarks
{
    private ulong[] _a = [];
    private ulong[] _b = [];
    private ulong[] _product = [];
    private BigInteger _x;
    private BigInteger _y;

    [Params(16, 24, 32, 48, 64, 96, 130, 260)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _a = new ulong[Length];
        _b = new ulong[Length];
        for (var i = 0; i < Length; i++)
        {
            _a[i] = (ulong)random.NextInt64() * 2 + 1;
            _b[i] = (ulong)random.NextInt64() * 2 + 1;
        }

        _product = new ulong[2 * Length];
        _x = Limbs.ToBigInteger(_a);
        _y = Limbs.ToBigInteger(_b);
    }

    [Benchmark]
    public ulong Limbs64()
    {
        Limbs.Multiply(_a, _b, _product);
        return _product[0];
    }

    [Benchmark]
    public ulong LimbsSquare()
    {
        Limbs.Square(_a, _product);
        return _product[0];
    }

    [Benchmark]
    public BigInteger Runtime() => _x * _y;

    [Benchmark]
    public BigInteger RuntimeSquare() => _x * _x;
}
