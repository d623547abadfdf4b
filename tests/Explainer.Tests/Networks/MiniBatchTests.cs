using System.Globalization;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Specs;
using Explainer.Training;

namespace Explainer.Tests.Networks;

/// <summary>
/// Mini-batches: one forward pass per sample, the weights shared, the loss the sum or the mean of the samples' losses.
/// Checked against the identities (each weight's gradient is the sum, or the mean, of the samples' gradients) and
/// against reference values computed independently with mpmath (Data/gen_minibatch.py, Data/minibatch.tsv).
/// </summary>
public sealed class MiniBatchTests
{
    private static readonly NetworkSample Notes = new([R("0.05"), R("0.10")], [R("0.01"), R("0.99")]);

    private static readonly NetworkSample Second = new([R("0.10"), R("0.20")], [R("0.99"), R("0.01")]);

    public static TheoryData<string> Cases => ["net222-batch", "deep-4883"];

    [Theory]
    [InlineData("w1")]
    [InlineData("w5")]
    [InlineData("w8")]
    [InlineData("b1")]
    public void Build_TwoSamplesSummed_GradientIsTheSumOfTheSamplesGradients(string parameter)
    {
        var one = Gradient(Net222([Notes], SampleReduction.Sum), parameter);
        var two = Gradient(Net222([Second], SampleReduction.Sum), parameter);

        var batch = Gradient(Net222([Notes, Second], SampleReduction.Sum), parameter);

        batch.ToString(60).ShouldBe((one + two).ToString(60));

        // The batch's sum is one fused value, not the chain one + two: their difference is zero as far as any budget can tell.
        (ExactMath.Abs(batch - one - two) < Real.Parse("1e-1200")).ShouldBeTrue();
        if (parameter == "w5")
        {
            one.ToString(8).ShouldBe("0.082167041");
        }
    }

    [Theory]
    [InlineData("w1")]
    [InlineData("w5")]
    public void Build_TwoSamplesAveraged_GradientIsHalfTheSum(string parameter)
    {
        var one = Gradient(Net222([Notes], SampleReduction.Sum), parameter);
        var two = Gradient(Net222([Second], SampleReduction.Sum), parameter);

        var batch = Gradient(Net222([Notes, Second], SampleReduction.Mean), parameter);

        batch.ToString(60).ShouldBe(((one + two) / 2).ToString(60));
        batch.ToString(60).ShouldNotBe((one + two).ToString(60));
    }

    [Fact]
    public void GradientCheck_TwoSampleBatch_CentralDifferenceAgreesWithBackprop()
    {
        var rows = GradientCheck.Run(Net222([Notes, Second], SampleReduction.Mean), R("1e-20"));

        rows.Count.ShouldBe(10);
        foreach (var row in rows)
        {
            // The central difference's error is O(ε²) = 1e-40 relative: 30 digits agree. (Compared as printed digits:
            // Real.ToDouble of the difference, evaluated at a fixed 64 bits, is swamped by the cancellation.)
            row.Numerical.ToString(30).ShouldBe(row.Backprop.ToString(30), row.Parameter);
            Math.Abs(row.Backprop.ToDouble()).ShouldBeGreaterThan(1e-6, row.Parameter);
        }
    }

    [Fact]
    public void Train_TwoSampleBatch_TakesOneStepOnTheSummedGradientAndKeepsBothSamples()
    {
        var spec = Net222([Notes, Second], SampleReduction.Sum);
        var sum = Gradient(Net222([Notes], SampleReduction.Sum), "w5") + Gradient(Net222([Second], SampleReduction.Sum), "w5");

        var run = Trainer.Train(spec, OptimizerSettings.Defaults(OptimizerKind.Sgd, R("0.5")), 2);

        run.Steps[1].Network.Graph["w5"].Value.ToString(40).ShouldBe((R("0.40") - (R("0.5") * sum)).ToString(40));
        run.Final.Spec.Samples.Count.ShouldBe(2);
        run.Final.Graph.Nodes.ShouldContain(n => n.Name == "out_o1[2]");
        run.FinalLoss.ToDouble().ShouldBeLessThan(run.Steps[1].Loss.ToDouble());
        run.Steps[1].Loss.ToDouble().ShouldBeLessThan(run.Steps[0].Loss.ToDouble());
    }

    [Fact]
    public void Render_TwoSampleBatch_GoldenAndLessonShowBothSamples()
    {
        var network = NetworkBuilder.Build(Net222([Notes, Second], SampleReduction.Sum));
        var trace = Backward.Run(network.Graph);
        var updates = Sgd.Step(trace, network.Trainable, R("0.5"));

        using var stream = new MemoryStream();
        GoldenWriter.Write(stream, new GoldenProvenance("batch", 12, BiasPolicy.Frozen, []), trace, updates, []);
        var golden = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var lesson = LessonBuilder.Build(new LessonSource("batch", "Batch", "Two samples", Explainer.Strings.Message.Of("setting.expression"), trace, network.Trainable, updates, [], R("0.5")), new DisplayOptions(12));

        golden.ShouldContain("\"out_h1[1]\"");
        golden.ShouldContain("\"out_h1[2]\"");
        lesson.ShouldNotBeNull();
        updates.Single(u => u.Parameter.Name == "w5").New.ToString(30).ShouldBe(
            (R("0.40") - (R("0.5") * (Gradient(Net222([Notes], SampleReduction.Sum), "w5") + Gradient(Net222([Second], SampleReduction.Sum), "w5")))).ToString(30));
    }

    [Fact]
    public void Build_TwoSamples_NamesEveryNodeOfSampleSWithItsIndex()
    {
        var g = NetworkBuilder.Build(Net222([Notes, Second], SampleReduction.Mean)).Graph;

        g.Nodes.Select(n => n.Name).ShouldBe(
        [
            "i1[1]", "i2[1]", "w1", "w2", "w3", "w4", "b1", "net_h1[1]", "out_h1[1]", "net_h2[1]", "out_h2[1]",
            "w5", "w6", "w7", "w8", "b2", "net_o1[1]", "out_o1[1]", "net_o2[1]", "out_o2[1]",
            "target_o1[1]", "target_o2[1]", "E_o1[1]", "E_o2[1]", "E_total[1]",
            "i1[2]", "i2[2]", "net_h1[2]", "out_h1[2]", "net_h2[2]", "out_h2[2]", "net_o1[2]", "out_o1[2]", "net_o2[2]", "out_o2[2]",
            "target_o1[2]", "target_o2[2]", "E_o1[2]", "E_o2[2]", "E_total[2]", "E_total",
        ]);
        g["out_h1[2]"].Symbol.ShouldBe("{\\mathrm{out}_{h1}}^{[2]}");
        g["w5"].Symbol.ShouldBe("w_{5}");
        g["E_total"].Op!.Name.ShouldBe("mean");
    }

    [Fact]
    public void Build_OneSampleThroughTheBatchConstructor_IsTodaysGraph()
    {
        var single = new NetworkSpec(
            [2, 2, 2], [Activation.Sigmoid, Activation.Sigmoid], Weights222, Biases222, Notes.Inputs, Notes.Targets,
            LossKind.HalfSumOfSquares, R("0.5"), BiasPolicy.Frozen);

        var today = NetworkBuilder.Build(single).Graph;
        var batch = NetworkBuilder.Build(Net222([Notes], SampleReduction.Mean)).Graph;

        batch.Nodes.Select(n => (n.Name, n.Symbol, n.Value.ToString(40))).ShouldBe(today.Nodes.Select(n => (n.Name, n.Symbol, n.Value.ToString(40))));
        today.Nodes.Select(n => n.Name).ShouldContain("out_h1");
        single.Samples.ShouldBe([new NetworkSample(Notes.Inputs, Notes.Targets)]);
    }

    [Fact]
    public void Samples_SetWithInit_KeepsInputsAndTargetsAsTheFirst()
    {
        var spec = Net222([Notes], SampleReduction.Sum) with { Samples = [Second, Notes] };

        spec.Inputs.ShouldBe(Second.Inputs);
        spec.Targets.ShouldBe(Second.Targets);
        spec.Samples.Count.ShouldBe(2);
        spec.Samples[1].ShouldBe(Notes);
    }

    [Fact]
    public void Validate_SecondSampleTooShort_NamesTheSample()
    {
        var spec = Net222([Notes, new NetworkSample([R("1")], [R("0"), R("1")])], SampleReduction.Sum);

        spec.Validate().Select(p => p.Message).ShouldBe(["sample 2: expected 2 inputs; got 1"]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_ReferenceCase_EveryValueAndGradientRoundsToTheMpmathValue(string name)
    {
        var reference = Reference.Load(name);
        var network = NetworkBuilder.Build(reference.Spec);
        var trace = Backward.Run(network.Graph);

        network.Graph.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal).ShouldBe(reference.Values.Keys.Order(StringComparer.Ordinal));
        foreach (var (node, expected) in reference.Values)
        {
            Canonical(network.Graph[node].Value).ShouldBe(expected, $"{name} value {node}");
        }

        foreach (var (node, expected) in reference.Gradients)
        {
            Canonical(trace.Gradient(node)).ShouldBe(expected, $"{name} ∂loss/∂{node}");
        }

        reference.Gradients.Count.ShouldBe(name == "deep-4883" ? 139 + (3 * 49) + 1 : 41);
    }

    [Fact]
    public void Parse_TwoSamplesWithMean_LoadsBothAndTheReduction()
    {
        var text = BatchText("reduction: mean\n");

        var result = SpecLoader.Parse(text, "batch.yaml");

        result.Messages.ShouldBeEmpty();
        var spec = result.Network!.Network;
        spec.Samples.ShouldBe([Notes, Second], ignoreOrder: false, comparer: new SampleComparer());
        spec.Reduction.ShouldBe(SampleReduction.Mean);
        result.Network.Reduction.ShouldBe(SampleReduction.Mean);
        Gradient(spec, "w5").ToString(40).ShouldBe(Gradient(Net222([Notes, Second], SampleReduction.Mean), "w5").ToString(40));
    }

    [Theory]
    [InlineData(100, 10, true)]
    [InlineData(100, 11, false)]
    public void Parse_WeightsTimesSamples_IsLimited(int width, int samples, bool accepted)
    {
        // layers [width, width]: width² weights; 100² × 10 = 100,000 is the limit.
        var row = "[" + string.Join(", ", Enumerable.Repeat("0", width)) + "]";
        var ones = "[" + string.Join(", ", Enumerable.Repeat("1", width)) + "]";
        var sample = $"  - {{inputs: {ones}, targets: {ones}}}\n";
        var text = $"kind: network\nid: batch\nlayers: [{width}, {width}]\nactivations: [linear]\nweights:\n  - [{string.Join(", ", Enumerable.Repeat(row, width))}]\nbiases: [0]\nsamples:\n{string.Concat(Enumerable.Repeat(sample, samples))}loss: mean_squared_error\nlearning_rate: 0.5\n";

        var result = SpecLoader.Parse(text, "batch.yaml");

        if (accepted)
        {
            result.Messages.ShouldBeEmpty();
            result.Network!.Network.Samples.Count.ShouldBe(samples);
        }
        else
        {
            result.Messages.ShouldBe(["batch.yaml:9:3: samples: 11 samples of a network of 10000 weights make 110000 multiply-adds per step; the limit is 100000 (weights times samples)"]);
        }
    }

    [Fact]
    public void Parse_ClaimOnASamplesNode_IsCheckedAgainstThatSample()
    {
        var text = BatchText(string.Empty) + "claims:\n  - printed: \"0.5998883689\"\n    source: \"notes.md:1\"\n    quantity: \"value:out_h1[2]\"\n";

        var result = SpecLoader.Parse(text, "batch.yaml");

        result.Messages.ShouldBeEmpty();
        result.Network!.Claims.Count.ShouldBe(1);
    }

    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<Real>>> Weights222 => [[[R("0.15"), R("0.20")], [R("0.25"), R("0.30")]], [[R("0.40"), R("0.45")], [R("0.50"), R("0.55")]]];

    private static IReadOnlyList<IReadOnlyList<Real>> Biases222 => [[R("0.35"), R("0.35")], [R("0.60"), R("0.60")]];

    private static Real R(string s) => Real.Parse(s);

    /// <summary>The notes' 2-2-2 spec file with the second sample added, <paramref name="extra"/> lines after it and its claims (on one sample's names) cut.</summary>
    private static string BatchText(string extra)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");
        var text = File.ReadAllText(Path.Combine(folder, "net-2-2-2.yaml"));
        text = text[..text.IndexOf("claims:", StringComparison.Ordinal)];
        var batch = text.Replace("    targets: [0.01, 0.99]\n", "    targets: [0.01, 0.99]\n  - inputs: [0.10, 0.20]\n    targets: [0.99, 0.01]\n" + extra, StringComparison.Ordinal);
        batch.ShouldNotBe(text);
        return batch;
    }

    private static NetworkSpec Net222(IReadOnlyList<NetworkSample> samples, SampleReduction reduction) => new(
        [2, 2, 2], [Activation.Sigmoid, Activation.Sigmoid], Weights222, Biases222, samples, reduction,
        LossKind.HalfSumOfSquares, R("0.5"), BiasPolicy.Frozen);

    private static Real Gradient(NetworkSpec spec, string parameter) => Backward.Run(NetworkBuilder.Build(spec).Graph).Gradient(parameter);

    /// <summary>The value rounded by the engine to 40 significant digits, written as the generator writes it: [-]d.ddd…eN, or 0.</summary>
    private static string Canonical(Real value)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var display = value.Format(40);
        display.IsDecided.ShouldBeTrue();
        var text = display.Text;
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var e = body.IndexOfAny(['e', 'E']);
        var exponent = e < 0 ? 0 : int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? body : body[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot < 0 ? mantissa.Length : dot;
        var all = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var significant = all[leadingZeros..].TrimEnd('0').PadRight(40, '0');
        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : string.Empty)}{significant[0]}.{significant[1..]}e{integerLength - 1 - leadingZeros + exponent}");
    }

    private sealed class SampleComparer : IEqualityComparer<NetworkSample>
    {
        public bool Equals(NetworkSample? x, NetworkSample? y)
            => x is not null && y is not null && x.Inputs.SequenceEqual(y.Inputs) && x.Targets.SequenceEqual(y.Targets);

        public int GetHashCode(NetworkSample obj) => obj.Inputs.Count;
    }

    /// <summary>One case of Data/minibatch.tsv: the spec it describes and its reference values and gradients by node name.</summary>
    private sealed record Reference(NetworkSpec Spec, Dictionary<string, string> Values, Dictionary<string, string> Gradients)
    {
        public static Reference Load(string name)
        {
            var rows = Numbers.ReferenceData.Rows("minibatch.tsv").Where(f => f[1] == name).ToList();
            rows.ShouldNotBeEmpty();
            int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);
            var sizes = rows.Single(f => f[0] == "layers")[2].Split(',').Select(I).ToList();
            var weights = Enumerable.Range(0, sizes.Count - 1).Select(l => Enumerable.Range(0, sizes[l + 1]).Select(_ => new Real[sizes[l]]).ToArray()).ToArray();
            var biases = Enumerable.Range(0, sizes.Count - 1).Select(l => new Real[sizes[l + 1]]).ToArray();
            var samples = new List<NetworkSample>();
            foreach (var f in rows)
            {
                switch (f[0])
                {
                    case "weight":
                        weights[I(f[2])][I(f[3])][I(f[4])] = R(f[5]);
                        break;
                    case "bias":
                        biases[I(f[2])][I(f[3])] = R(f[4]);
                        break;
                    case "sample":
                        samples.Add(new NetworkSample([.. f[3].Split(',').Select(R)], [.. f[4].Split(',').Select(R)]));
                        break;
                }
            }

            var reduction = rows.Single(f => f[0] == "reduction")[2] == "mean" ? SampleReduction.Mean : SampleReduction.Sum;
            var policy = BiasPolicies.Parse(rows.Single(f => f[0] == "policy")[2]);
            var spec = new NetworkSpec(
                sizes,
                [.. Enumerable.Repeat(Activation.Sigmoid, sizes.Count - 1)],
                weights,
                biases,
                samples,
                reduction,
                LossKind.HalfSumOfSquares,
                R("0.5"),
                policy);
            return new Reference(
                spec,
                rows.Where(f => f[0] == "value").ToDictionary(f => f[2], f => f[3], StringComparer.Ordinal),
                rows.Where(f => f[0] == "grad").ToDictionary(f => f[2], f => f[3], StringComparer.Ordinal));
        }
    }
}
