using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>exp and sigmoid of a short decimal, certified and displayed through the public API.</summary>
/// <remarks>The argument is parsed inside each benchmark, so no cached enclosure hides the work.</remarks>
[MemoryDiagnoser]
public class CertifiedFunctionBenchmarks
{
    [Params(50, 500)]
    public int Digits { get; set; }

    [Benchmark]
    public string Exp() => ExactMath.Exp(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Sigmoid() => ExactMath.Sigmoid(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Tanh() => ExactMath.Tanh(Real.Parse("0.3775")).Format(Digits).Text;

    [Benchmark]
    public string Log() => ExactMath.Log(Real.Parse("0.3775")).Format(Digits).Text;
}
