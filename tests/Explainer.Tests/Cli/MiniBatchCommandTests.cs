using Explainer.Cli;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Tests.Networks;
using Explainer.Tests.Site;
using Spawn = Explainer.Tests.Site.Cli;

namespace Explainer.Tests.Cli;

/// <summary><c>show</c> and <c>train</c> on a two-sample batch spec: both samples' forward passes, and every gradient as the sum or the mean of the samples'.</summary>
/// <remarks>Digits are few enough that no table row wraps at the 80 columns a redirected terminal has.</remarks>
public sealed class MiniBatchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SampleReduction.Sum, "0.0821670 - 0.0264956", "0.0556714")]
    [InlineData(SampleReduction.Mean, "½(0.0821670 - 0.0264956)", "0.0278357")]
    public void Show_TwoSamples_GroupsTheForwardPassBySampleAndCombinesTheGradients(SampleReduction reduction, string w5, string value)
    {
        var spec = BatchSpecs.Write(_temp.Path, reduction);

        var result = Spawn.Run(_temp.Path, "show", spec, "--digits", "6");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var output = result.StandardOutput;
        var word = reduction == SampleReduction.Mean ? "mean" : "sum";
        output.ShouldContain($"A mini-batch of 2 samples: the loss E_total is the {word} of the samples' losses");
        output.ShouldContain("Shared parameters");
        Row(output, "15").ShouldBe(["15", "b2", "0.6", "exact"]);
        output.ShouldContain("Parameter gradients ∂E_total/∂θ = " + (reduction == SampleReduction.Mean ? "½(∂E_total[1]/∂θ + ∂E_total[2]/∂θ)" : "∂E_total[1]/∂θ + ∂E_total[2]/∂θ"));
        output.ShouldContain("Sample 1 of 2: inputs (0.05, 0.1), targets (0.01, 0.99)");
        output.ShouldContain("Sample 2 of 2: inputs (0.1, 0.2), targets (0.99, 0.01)");
        output.IndexOf("Sample 1 of 2", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("Sample 2 of 2", StringComparison.Ordinal));
        Row(output, "E_total").ShouldBe(["E_total", reduction == SampleReduction.Mean ? "½(0.298371 + 0.320374)" : "0.298371 + 0.320374", reduction == SampleReduction.Mean ? "0.309372" : "0.618745", "certified"]);
        Row(output, "∂E_total/∂w5").ShouldBe(["∂E_total/∂w5", w5, value, "certified"]);
        Row(output, "7").Where((_, i) => i != 2).ShouldBe(["7", "net_h1[1]", "0.3775", "exact"]);
        Row(output, "27").Where((_, i) => i != 2).ShouldBe(["27", "net_h1[2]", "0.405", "exact"]);
        output.IndexOf("│ 27 ", StringComparison.Ordinal).ShouldBeGreaterThan(output.IndexOf("Sample 2 of 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SampleReduction.Sum, "0.08217 - 0.02650", "0.05567")]
    [InlineData(SampleReduction.Mean, "½(0.08217 - 0.02650)", "0.02784")]
    public void Train_TwoSamples_ShowsEachSampleAtEveryStepAndTheGradientOverThem(SampleReduction reduction, string w5, string value)
    {
        var spec = BatchSpecs.Write(_temp.Path, reduction);

        var result = Spawn.Run(_temp.Path, "train", spec, "--steps", "2", "--digits", "4");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var output = result.StandardOutput;
        output.ShouldContain("Step 1: the forward pass of each of the 2 samples");
        output.ShouldContain("Step 2: the forward pass of each of the 2 samples");
        Row(output, "1").ShouldBe(["1", "(0.05, 0.1)", "(0.01, 0.99)", "(0.7514, 0.7729)", "0.2984"]);
        Row(output, "2").ShouldBe(["2", "(0.1, 0.2)", "(0.99, 0.01)", "(0.7527, 0.7745)", "0.3204"]);
        output.ShouldContain(reduction == SampleReduction.Mean ? "E_total = ½(0.2984 + 0.3204) = 0.3094" : "E_total = 0.2984 + 0.3204 = 0.6187");
        output.ShouldContain(reduction == SampleReduction.Mean ? "g = ½(g[1] + g[2])" : "g = g[1] + g[2]");
        var row = Row(output, "w5");
        row[..4].ShouldBe(["w5", "0.4", w5, value]);
    }

    [Fact]
    public void Show_OneSampleSpec_HasNoBatchTables()
    {
        var result = Spawn.Run(_temp.Path, "show", Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs", "net-2-2-2.yaml"));

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("Forward values");
        result.StandardOutput.ShouldNotContain("Sample 1");
        result.StandardOutput.ShouldNotContain("mini-batch");
    }

    [Fact]
    public void GradientCell_SevenSamples_WritesTheFirstThreeAndTheLastTerm()
    {
        // One linear neuron y = w·x, loss ½(t − y)²: sample s (x = s, t = 0) alone has ∂E⁽ˢ⁾/∂w = w·s² = s²/10.
        IReadOnlyList<NetworkSample> samples = [.. Enumerable.Range(1, 7).Select(s => new NetworkSample([Real.FromFraction(s, 1)], [Real.Zero]))];
        var spec = new NetworkSpec([1, 1], [Activation.Linear], [[[Real.Parse("0.1")]]], [[Real.Zero]], samples, SampleReduction.Mean, LossKind.HalfSumOfSquares, Real.Parse("0.5"), BiasPolicy.Frozen);
        var network = NetworkBuilder.Build(spec);
        var batch = MiniBatch.Of(network, Backward.Run(network.Graph))!;

        var cell = BatchTables.GradientCell(batch, network.Weights[0], 6);

        cell.ShouldBe("(1/7)(0.1 + 0.4 + 0.9 + … + 4.9)");
        batch.Gradient(network.Weights[0]).Value.ShouldBe(Real.Parse("2"));
    }

    /// <summary>The cells of the first table row whose first cell is <paramref name="first"/>.</summary>
    private static string[] Row(string output, string first)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith('│') && Cells(l)[0] == first)
            ?? throw new ShouldAssertException($"no table row starts with '{first}' in\n{output}");
        return Cells(line);
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('│').Split('│').Select(c => c.Trim())];
}
