namespace Explainer.Tests.Cli;

/// <summary><c>explainer eval</c>: the value to the digits asked for, and what it is (exact, certified).</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly Site.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("8.63364 / (4.67969 + 3.59)", "5", "1.0440… (exact: 863364/826969)")]
    [InlineData("1/3", "5", "0.33333… (exact: 1/3)")]
    [InlineData("-1/7", "3", "-0.143… (exact: -1/7)")]
    [InlineData("0.123456", "3", "0.123… (exact: 0.123456)")]
    [InlineData("0.15*0.05 + 0.2*0.1 + 0.35", "5", "0.3775 (exact)")]
    [InlineData("2^1000", "5", "1.0715…e+301 (exact: an integer of 302 digits; --fraction prints it)")]
    [InlineData("sigmoid(0.3775)", "9", "0.593269992 (certified)")]
    public void Eval_PrintsTheDigitsAskedFor_AndWhatTheValueIs(string expression, string digits, string expected)
    {
        var result = Site.Cli.Run(_temp.Path, "eval", expression, "--digits", digits);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.TrimEnd().ShouldBe(expected);
    }

    [Fact]
    public void Eval_OfAHugeExactCancellation_SaysTheValueMayBeZero_NotThatItIsNearABoundary()
    {
        var result = Site.Cli.Run(_temp.Path, "eval", "3^100000 - 3^100000", "--digits", "5");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldEndWith("(undecided: the value may be exactly 0, which ball arithmetic cannot prove; it lies in this interval)\n");
    }

    [Fact]
    public void Eval_OfAnExactCancellationJustPastTheCap_IsExactlyZero()
        => Site.Cli.Run(_temp.Path, "eval", "2^33001 - 2^33001").StandardOutput.ShouldBe("0 (exact)\n");

    [Fact]
    public void Eval_WithFraction_PrintsTheFractionAlone()
    {
        var result = Site.Cli.Run(_temp.Path, "eval", "8.63364 / (4.67969 + 3.59)", "--fraction");

        result.StandardOutput.TrimEnd().ShouldBe("863364/826969 (exact)");
    }

    [Fact]
    public void Eval_OfAMalformedOption_SaysWhatAndExitsTwo_WithoutTheHelpText()
    {
        var result = Site.Cli.Run(_temp.Path, "eval", "1", "--digits", "abc");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("'abc'");
        result.StandardError.ShouldContain("run 'explainer eval --help' for usage");
        result.StandardOutput.ShouldBeEmpty();
    }
}
