using System.Text.Json;

namespace Explainer.Tests.Site;

/// <summary><c>explainer train</c>: the notes' optimizers on a network example, as tables and as JSON golden values.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_HasEveryStepUpdateAndQuantity_WithProvenance()
    {
        var result = Cli.Run(_temp.Path, "train", "net-2-2-2", "--optimizer", "adam", "--steps", "2", "--digits", "12", "--json");

        result.ExitCode.ShouldBe(0, result.StandardError);
        using var doc = JsonDocument.Parse(result.StandardOutput);
        var root = doc.RootElement;
        var provenance = root.GetProperty("provenance");
        provenance.GetProperty("optimizer").GetProperty("name").GetString().ShouldBe("adam");
        provenance.GetProperty("optimizer").GetProperty("source").GetString().ShouldBe("002_347323eec919df2e.txt:365");
        provenance.GetProperty("optimizer").GetProperty("rho2").GetProperty("fraction").GetString().ShouldBe("999/1000");
        provenance.GetProperty("biasPolicy").GetString().ShouldBe("frozen");

        var steps = root.GetProperty("steps");
        steps.GetArrayLength().ShouldBe(2);
        var w5 = steps[0].GetProperty("updates").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "w5");
        w5.GetProperty("new").GetProperty("value").GetString().ShouldBe("-0.0999999391484"); // mpmath: −9.99999391483573…e−2
        w5.GetProperty("quantities").EnumerateArray().Select(q => q.GetProperty("name").GetString()).ShouldBe(["s", "r", "s_hat", "r_hat", "step"]);
        steps[0].GetProperty("lossBefore").GetProperty("value").GetString().ShouldBe("0.298371108760");
        root.GetProperty("final").GetProperty("parameters").GetArrayLength().ShouldBe(10); // 8 weights and the 2 frozen biases
    }

    [Fact]
    public void Tables_ShowEachStepAndTheFinalLoss()
    {
        var result = Cli.Run(_temp.Path, "train", "net-2-2-2", "--optimizer", "momentum", "--steps", "2", "--bias-policy", "shared");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("2 steps of momentum (rate = 0.5, alpha = 0.9; 002_347323eec919df2e.txt:330), bias policy shared");
        result.StandardOutput.ShouldContain("Step 1: loss before 0.298371109");
        result.StandardOutput.ShouldContain("Step 2: loss before");
        result.StandardOutput.ShouldContain("│ b1 ");
        result.StandardOutput.ShouldMatch(@"loss after step 2: 0\.\d{9}\s*$");
    }

    [Fact]
    public void Tables_Piped_KeepEveryNumberOnOneLine()
    {
        // Written to a pipe, a table is as wide as its cells: Adam's nine columns at 12 digits are not split over lines.
        var result = Cli.Run(_temp.Path, "train", "net-2-2-2", "--optimizer", "adam", "--steps", "2", "--digits", "12");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var w5 = result.StandardOutput.Split('\n').First(l => l.StartsWith("│ w5 ", StringComparison.Ordinal));
        w5.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ShouldBe(
            ["w5", "0.4", "0.0821670405642", "0.00821670405642", "0.00000675142255508", "0.0821670405642", "0.00675142255508", "-0.499999939148", "-0.0999999391484"]);
    }

    [Fact]
    public void Out_WritesTheJsonFile()
    {
        var path = System.IO.Path.Combine(_temp.Path, "rmsprop.json");
        var result = Cli.Run(_temp.Path, "train", "net-2-2-2", "--optimizer", "rmsprop", "--out", path);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBeEmpty();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        doc.RootElement.GetProperty("provenance").GetProperty("optimizer").GetProperty("delta").GetProperty("value").GetString().ShouldBe("0.000001");
    }

    [Theory]
    [InlineData("j-graph", "j-graph is an expression graph with nothing to train; train needs a network example (net-2-2-2)")]
    [InlineData("net-2-2-2 --optimizer adamw", "unknown optimizer 'adamw'; use sgd, momentum, adagrad, rmsprop, adam")]
    [InlineData("net-2-2-2 --steps 0", "the number of steps must be between 1 and 1000; got 0")]
    [InlineData("net-2-2-2 --rate fast", "--rate:")]
    [InlineData("net-2-2-2 --optimizer adam --rho2 1", "rho2 must be at least 0 and below 1; got 1")]
    [InlineData("net-2-2-2 --bias-policy none", "unknown bias policy 'none'")]
    [InlineData("net-2-2-2 --steps 1000 --digits 10000", "--steps 1000 at --digits 10000 asks for 10,000,000 step-digits; the limit of steps × digits is 200,000")]
    [InlineData("net-2-2-2 --steps 1001", "the number of steps must be between 1 and 1000; got 1001")]
    public void BadInput_SaysWhatAndWhere(string arguments, string message)
    {
        var result = Cli.Run(_temp.Path, ["train", .. arguments.Split(' ')]);

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain(message);
        result.StandardOutput.ShouldBeEmpty();
    }

    [Fact]
    public void BadInput_LeavesAnEarlierOutFileAlone()
    {
        var path = System.IO.Path.Combine(_temp.Path, "golden.json");
        File.WriteAllText(path, "{\"kept\": true}");

        var result = Cli.Run(_temp.Path, "train", "net-2-2-2", "--optimizer", "adam", "--delta", "0", "--out", path);

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain("delta must be positive and at most 1; got 0");
        File.ReadAllText(path).ShouldBe("{\"kept\": true}");
    }
}

/// <summary><c>explainer gradcheck</c>: every parameter's central difference beside its backpropagated gradient.</summary>
public sealed class GradCheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Table_HasEveryParameterWithBothSlopes()
    {
        var result = Cli.Run(_temp.Path, "gradcheck", "net-2-2-2", "--bias-policy", "shared");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("central differences with ε = 0.0001");
        result.StandardOutput.ShouldMatch(@"│ w5 +│ 0\.0821670406 +│ 0\.0821670405 +│ -2\.41e-11 +│ 2\.9e-10 +│");
        result.StandardOutput.ShouldContain("│ b2 ");
    }

    [Fact]
    public void Table_ExpressionGraph_ChecksItsParametersAgainstTheCentralDifferenceOfItsOutput()
    {
        // f = σ(wx + b) at 0: f′ = 1/4; (σ(ε) − σ(−ε)) / 2ε = 1/4 − ε²/48 + …, so the difference is −2.08e-10 (mpmath: −2.0833333313e-10).
        var result = Cli.Run(_temp.Path, "gradcheck", "logistic-graph", "--digits", "12");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("of h6 with respect to each parameter");
        result.StandardOutput.ShouldMatch(@"│ w +│ 0\.25 +│ 0\.249999999792 +│ -2\.08e-10 +│ 8\.3e-10 +│");
        result.StandardOutput.ShouldMatch(@"│ b +│ 0\.25 +│ 0\.249999999792 +│ -2\.08e-10 +│ 8\.3e-10 +│");
        result.StandardOutput.ShouldNotContain("│ x ");
    }

    [Fact]
    public void Table_AtTheSmallestEpsilon_ProvesTheMethodsErrorOfOrderEpsilonSquared()
    {
        var result = Cli.Run(_temp.Path, "gradcheck", "net-2-2-2", "--epsilon", "1e-100", "--digits", "3");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldMatch(@"│ w1 +│ 0\.000439 +│ 0\.000439 +│ -8\.99e-208 +│ 2\.0e-204 +│");
        result.StandardOutput.ShouldNotContain("[");
    }

    [Theory]
    [InlineData("j-graph --bias-policy shared", "j-graph is an expression graph and has no biases; --bias-policy applies to networks only")]
    [InlineData("net-2-2-2 --epsilon -1e-4", "epsilon must be positive; got -0.0001")]
    [InlineData("net-2-2-2 --epsilon tiny", "--epsilon:")]
    [InlineData("net-2-2-2 --epsilon 1e-1000", "epsilon must be between 1e-100 and 1; got 1e-1000")]
    [InlineData("net-2-2-2 --epsilon 2", "epsilon must be between 1e-100 and 1; got 2")]
    public void BadInput_SaysWhatAndWhere(string arguments, string message)
    {
        var result = Cli.Run(_temp.Path, ["gradcheck", .. arguments.Split(' ')]);

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain(message);
        result.StandardOutput.ShouldBeEmpty();
    }
}
