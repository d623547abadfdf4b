using Explainer.Graph;
using Explainer.Networks;
using Explainer.Worked;

namespace Explainer.Tests.Networks;

/// <summary><see cref="MiniBatch"/>: a batch trace read by sample, each parameter's gradient with the samples' own gradients it is the sum or the mean of.</summary>
public sealed class MiniBatchModelTests
{
    public static TheoryData<SampleReduction> Reductions => [SampleReduction.Sum, SampleReduction.Mean];

    [Fact]
    public void Of_OneSampleNetwork_IsNull()
    {
        var run = Catalogue.Get("net-2-2-2").Run();

        MiniBatch.Of(run.Network!, run.Trace).ShouldBeNull();
    }

    [Fact]
    public void Of_TraceOfAnotherGraph_Throws()
    {
        var batch = BatchSpecs.Run(SampleReduction.Sum);
        var other = BatchSpecs.Run(SampleReduction.Sum);

        Should.Throw<ArgumentException>(() => MiniBatch.Of(batch.Network!, other.Trace)).Message.ShouldStartWith("the trace is not of this network's graph");
    }

    [Fact]
    public void Samples_TwoSampleBatch_HoldEachSamplesOwnNodesAndNoParameter()
    {
        var run = BatchSpecs.Run(SampleReduction.Mean);

        var batch = MiniBatch.Of(run.Network!, run.Trace)!;

        batch.Samples.Select(s => s.Number).ShouldBe([1, 2]);
        batch.Samples[1].Nodes.Select(n => n.Name).ShouldBe(
        [
            "i1[2]", "i2[2]", "net_h1[2]", "out_h1[2]", "net_h2[2]", "out_h2[2]", "net_o1[2]", "out_o1[2]", "net_o2[2]", "out_o2[2]",
            "target_o1[2]", "target_o2[2]", "E_o1[2]", "E_o2[2]", "E_total[2]",
        ]);
        batch.Samples[0].Nodes.ShouldAllBe(n => n.Name.EndsWith("[1]", StringComparison.Ordinal));
        batch.Samples[0].Inputs.Select(n => n.Name).ShouldBe(["i1[1]", "i2[1]"]);
        batch.Samples[1].Targets.Select(n => n.Value.ToString(2)).ShouldBe(["0.99", "0.01"]);
        batch.Samples[0].Outputs.Select(n => n.Name).ShouldBe(["out_o1[1]", "out_o2[1]"]);
        batch.Samples[1].Loss.Name.ShouldBe("E_total[2]");
        batch.Loss.Name.ShouldBe("E_total");
        batch.Parameters.Select(p => p.Name).ShouldBe(["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"]);
        (batch.Samples.Sum(s => s.Nodes.Count) + batch.Parameters.Count + 1).ShouldBe(run.Graph.Nodes.Count);
    }

    [Theory]
    [MemberData(nameof(Reductions))]
    public void Gradient_OfW5_HasBothSamplesOwnGradientsWhateverTheReduction(SampleReduction reduction)
    {
        var run = BatchSpecs.Run(reduction);

        var w5 = MiniBatch.Of(run.Network!, run.Trace)!.Gradients.Single(g => g.Parameter.Name == "w5");

        w5.Samples.Select(v => BatchSpecs.Digits(v, 30)).ShouldBe([BatchSpecs.W5Sample1, BatchSpecs.W5Sample2]);
    }

    [Fact]
    public void Gradient_OfW5Summed_IsTheSumOfTheTwoSamplesGradients()
    {
        var run = BatchSpecs.Run(SampleReduction.Sum);

        var w5 = MiniBatch.Of(run.Network!, run.Trace)!.Gradients.Single(g => g.Parameter.Name == "w5");

        BatchSpecs.Digits(w5.Value, 30).ShouldBe(BatchSpecs.W5Sum);
        BatchSpecs.Digits(w5.Samples[0] + w5.Samples[1], 30).ShouldBe(BatchSpecs.W5Sum);
    }

    [Fact]
    public void Gradient_OfW5Averaged_IsHalfTheSumOfTheTwoSamplesGradients()
    {
        var run = BatchSpecs.Run(SampleReduction.Mean);

        var w5 = MiniBatch.Of(run.Network!, run.Trace)!.Gradients.Single(g => g.Parameter.Name == "w5");

        BatchSpecs.Digits(w5.Value, 30).ShouldBe(BatchSpecs.W5Mean);
        BatchSpecs.Digits((w5.Samples[0] + w5.Samples[1]) / 2, 30).ShouldBe(BatchSpecs.W5Mean);
    }

    [Theory]
    [MemberData(nameof(Reductions))]
    public void Gradients_OfEveryParameter_AreTheBatchTracesAndTheReductionOfTheSamples(SampleReduction reduction)
    {
        var run = BatchSpecs.Run(reduction);

        var gradients = MiniBatch.Of(run.Network!, run.Trace)!.Gradients;

        gradients.Count.ShouldBe(10);
        var wrong = gradients
            .Select(g => (g.Parameter.Name, Batch: g.Value, Trace: run.Trace.Gradient(g.Parameter), Combined: reduction == SampleReduction.Mean ? (g.Samples[0] + g.Samples[1]) / 2 : g.Samples[0] + g.Samples[1]))
            .Where(x => BatchSpecs.Digits(x.Batch, 30) != BatchSpecs.Digits(x.Trace, 30) || BatchSpecs.Digits(x.Batch, 30) != BatchSpecs.Digits(x.Combined, 30))
            .Select(x => x.Name);
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Gradients_OfSampleOne_AreTheOneSampleNetworksGradients()
    {
        var run = BatchSpecs.Run(SampleReduction.Mean);
        var single = Catalogue.Get("net-2-2-2").Run();

        var batch = MiniBatch.Of(run.Network!, run.Trace)!;

        var wrong = batch.Parameters
            .Where(p => BatchSpecs.Digits(batch.Gradient(p).Samples[0], 40) != BatchSpecs.Digits(single.Trace.Gradient(p.Name), 40))
            .Select(p => p.Name);
        wrong.ShouldBeEmpty();
        batch.Parameters.Count.ShouldBe(10);
    }

    [Fact]
    public void Gradients_UnderTheSum_AreTheBatchTracesContributions()
    {
        var run = BatchSpecs.Run(SampleReduction.Sum);

        var w5 = MiniBatch.Of(run.Network!, run.Trace)!.Gradient(run.Graph["w5"]);

        w5.Samples[0].ShouldBe(run.Trace.Edge("net_o1[1]", "w5").Contribution);
        w5.Samples[1].ShouldBe(run.Trace.Edge("net_o1[2]", "w5").Contribution);
    }

    [Fact]
    public void Gradient_OfANodeThatIsNoParameter_Throws()
    {
        var run = BatchSpecs.Run(SampleReduction.Sum);

        var batch = MiniBatch.Of(run.Network!, run.Trace)!;

        Should.Throw<KeyNotFoundException>(() => batch.Gradient(run.Graph["out_h1[1]"])).Message.ShouldBe("'out_h1[1]' is not a parameter of this batch");
    }
}
