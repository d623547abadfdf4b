using BenchmarkDotNet.Running;

namespace Explainer.Bench;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Explainer.Bench -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
