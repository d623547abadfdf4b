namespace Explainer.Tests.Site;

/// <summary><c>explainer bench</c>: its report line and its refusals (the timings themselves are checked by benchmarks, never here).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Bench_ReportsTheMedianOfItsTraces()
    {
        var result = Cli.Run(_temp.Path, "bench", "net-2-2-2", "--digits", "20", "--iterations", "5", "--warmup", "0");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldMatch(@"^net-2-2-2 at 20 digits: median \d+ µs per certified trace \(quartiles \d+–\d+, min \d+, max \d+, n = 5\); \d+\.\d KiB allocated per trace \(\d+ B per parameter, 8 parameters\)\s*$");

        // A certified trace of net-2-2-2 builds a graph, a trace and 118 displays: it cannot allocate under a kibibyte.
        var kib = double.Parse(System.Text.RegularExpressions.Regex.Match(result.StandardOutput, @"(\d+\.\d) KiB").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        kib.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Bench_TakesASpecFile()
    {
        var spec = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs", "j-graph.yaml");

        var result = Cli.Run(_temp.Path, "bench", spec, "--iterations", "5", "--warmup", "0");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldStartWith("j-graph-spec at 50 digits: median ");

        // An expression graph has no network's parameters: no figure per parameter.
        result.StandardOutput.ShouldNotContain("per parameter");
    }

    [Fact]
    public void Bench_OfANetworkSpec_ReportsBytesPerParameter()
    {
        var spec = Path.Combine(_temp.Path, "mlp.yaml");
        File.WriteAllText(spec, "kind: network\nid: tiny\nlayers: [2, 3, 1]\nactivations: [sigmoid, sigmoid]\nweights:\n  - [[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]]\n  - [[0.7, -0.8, 0.9]]\nbiases:\n  - [0.1, 0.2, 0.3]\n  - [0.4]\nbias_policy: per-neuron\nsamples:\n  - {inputs: [0.5, 0.25], targets: [0.75]}\nloss: half_sum_of_squares\nlearning_rate: 0.5\n");

        var result = Cli.Run(_temp.Path, "bench", spec, "--digits", "20", "--iterations", "3", "--warmup", "0");

        // 6 + 3 weights and 3 + 1 per-neuron biases.
        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldMatch(@"^tiny at 20 digits: median \d+ µs .*; \d+\.\d KiB allocated per trace \(\d+ B per parameter, 13 parameters\)\s*$");
    }

    [Fact]
    public void Bench_OfUpdatesOnly_SaysSo()
    {
        var result = Cli.Run(_temp.Path, "bench", "net-2-2-2", "--digits", "20", "--iterations", "3", "--warmup", "0", "--values", "updates");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldStartWith("net-2-2-2 at 20 digits, loss and updates only: median ");
    }

    [Theory]
    [InlineData("--values some --warmup 0", "some")]
    [InlineData("--iterations 0 --warmup 0", "--iterations must be between 1 and 1,000,000; got 0")]
    [InlineData("--iterations 1000000000 --warmup 0", "--iterations must be between 1 and 1,000,000; got 1,000,000,000")]
    [InlineData("--warmup 0,5", "--warmup: '0,5' is not a number of seconds; write the decimal point as '.', e.g. 0.5")]
    [InlineData("--warmup 1e400", "--warmup: '1e400' is not a number of seconds")]
    [InlineData("--warmup 61", "--warmup must be between 0 and 60 seconds")]
    [InlineData("--digits 0 --warmup 0", "--digits must be between 1 and 10000")]
    public void Bench_WithAnOutOfRangeOption_SaysWhichAndWhy(string options, string message)
    {
        var result = Cli.Run(_temp.Path, ["bench", "net-2-2-2", .. options.Split(' ')]);

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain(message);
        result.StandardOutput.ShouldBeEmpty();
    }

    [Fact]
    public void Bench_OfAnUnknownExample_NamesIt()
    {
        var result = Cli.Run(_temp.Path, "bench", "net-9-9-9", "--warmup", "0");

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain("net-9-9-9");
    }
}
