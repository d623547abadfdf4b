using BenchmarkDotNet.Attributes;
using Explainer.Worked;

namespace Explainer.Bench;

/// <summary>The full certified trace of a worked example, as <c>explainer bench</c> times it: build, forward, backward, updates, every value certified.</summary>
[MemoryDiagnoser]
public class WorkedTraceBenchmarks
{
    private WorkedExample _example = null!;

    [Params("net-2-2-2")]
    public string Example { get; set; } = "net-2-2-2";

    [Params(50, 500, 5000)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup() => _example = Catalogue.Get(Example);

    [Benchmark]
    public int CertifiedTrace() => _example.Run().Certify(Digits);
}
