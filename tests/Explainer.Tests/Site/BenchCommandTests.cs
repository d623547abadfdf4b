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
        result.StandardOutput.ShouldMatch(@"^net-2-2-2 at 20 digits: median \d+ µs per certified trace \(quartiles \d+–\d+, min \d+, max \d+, n = 5\); \d+\.\d KiB allocated per trace\s*$");

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
    }

    [Theory]
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
