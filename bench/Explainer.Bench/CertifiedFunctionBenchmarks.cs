using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>exp and sigmoid of a short decimal, certified and displayed through the public API.</summary>
/// <remarks>The argument is parsed inside each benchmark, so no cached enclosure hides the work.</remarks>
[MemoryDiagnoser]
public class CertifiedFunctionBenchmarks
{
    private Real _evaluated;

    [Params(50, 500)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluated = ExactMath.Sigmoid(Real.Parse("0.3775"));
        _ = _evaluated.Format(Digits);
    }

    /// <summary>Displaying a value whose enclosure is already cached: the cost of proving the digits alone.</summary>
    [Benchmark]
    public string FormatEvaluated() => _evaluated.Format(Digits).Text;

    [Benchmark]
    public string Exp() => ExactMath.Exp(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Sigmoid() => ExactMath.Sigmoid(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Tanh() => ExactMath.Tanh(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Log() => ExactMath.Log(Real.Parse("0.3775")).Format(Digits).Text;
}
