using System.Globalization;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>An integer of N digits to decimal text: the runtime's <see cref="BigInteger.ToString()"/> against <see cref="DecimalDigits"/>.</summary>
[MemoryDiagnoser]
public class DecimalConversionBenchmarks
{
    private BigInteger _x;

    [Params(500, 5000, 20000, 100000)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261202);
        var chars = new char[Digits];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('0' + random.Next(i == 0 ? 1 : 0, 10));
        }

        _x = BigInteger.Parse(chars, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [Benchmark(Baseline = true)]
    public string RuntimeToString() => _x.ToString(CultureInfo.InvariantCulture);

    [Benchmark]
    public string DivideAndConquer() => DecimalDigits.ToString(_x);
}
