using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Tests.Networks;

/// <summary>NetworkSpec.Validate: every shape mismatch at once, each naming its layer, row and column; ThrowIfInvalid keeps the old throwing path.</summary>
public sealed class NetworkSpecValidationTests
{
    /// <summary>The notes' 2-2-2 network (001): valid as it is.</summary>
    private static readonly NetworkSpec Net222 = new(
        [2, 2, 2],
        [Activation.Sigmoid, Activation.Sigmoid],
        [[[R("0.15"), R("0.20")], [R("0.25"), R("0.30")]], [[R("0.40"), R("0.45")], [R("0.50"), R("0.55")]]],
        [[R("0.35"), R("0.35")], [R("0.60"), R("0.60")]],
        [R("0.05"), R("0.10")],
        [R("0.01"), R("0.99")],
        LossKind.HalfSumOfSquares,
        R("0.5"),
        BiasPolicy.Frozen);

    [Fact]
    public void Validate_TheNotesNetwork_HasNoProblems()
    {
        Net222.Validate().ShouldBeEmpty();
        Should.NotThrow(Net222.ThrowIfInvalid);
    }

    [Fact]
    public void Validate_OneLayer_IsRefusedAlone()
        => Problems(Net222 with { LayerSizes = [2] }).ShouldBe([("a network needs at least an input and an output layer; got 1 layer", "LayerSizes")]);

    [Fact]
    public void Validate_EmptyLayer_NamesTheLayer()
        => Problems(Net222 with { LayerSizes = [2, 0, 2] }).ShouldBe([("layer 1 has 0 neurons; every layer needs at least one", "LayerSizes[1]")]);

    [Fact]
    public void Validate_RowTooLong_NamesMatrixRowAndFirstExtraColumn()
    {
        var weights = Net222.Weights.ToList();
        weights[1] = [[R("0.40"), R("0.45")], [R("0.50"), R("0.55"), R("0.7")]];

        Problems(Net222 with { Weights = weights }).ShouldBe([("row 2 of weight matrix 2 has 3 entries; expected 2, one per neuron of layer 1", "Weights[1][1][2]")]);
    }

    [Fact]
    public void Validate_RowTooShort_NamesMatrixAndRow()
    {
        var weights = Net222.Weights.ToList();
        weights[0] = [[R("0.15")], [R("0.25"), R("0.30")]];

        Problems(Net222 with { Weights = weights }).ShouldBe([("row 1 of weight matrix 1 has 1 entry; expected 2, one per neuron of layer 0", "Weights[0][0]")]);
    }

    [Fact]
    public void Validate_MatrixWithExtraRow_NamesTheFirstExtraRowOnce()
    {
        var weights = Net222.Weights.ToList();
        weights[0] = [.. weights[0], [R("1")]];

        Problems(Net222 with { Weights = weights }).ShouldBe([("layer 1 has 2 neurons but weight matrix 1 has 3 rows", "Weights[0][2]")]);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneInSpecOrder()
    {
        var spec = Net222 with
        {
            Activations = [Activation.Sigmoid],
            Biases = [[R("0.35"), R("0.35")], [R("0.60")]],
            Inputs = [R("0.05"), R("0.10"), R("0.2")],
            Targets = [R("0.01")],
        };

        Problems(spec).ShouldBe(
        [
            ("expected 2 activations, one per layer after the input (layers 1 to 2); got 1", "Activations"),
            ("bias vector 2 has 1 entry; expected 2, one per neuron of layer 2", "Biases[1]"),
            ("expected 2 inputs; got 3", "Samples[0].Inputs[2]"),
            ("expected 2 targets; got 1", "Samples[0].Targets"),
        ]);
    }

    [Fact]
    public void Validate_MissingMatrix_IsOneProblemNotACascade()
        => Problems(Net222 with { Weights = [Net222.Weights[0]] }).ShouldBe([("expected 2 weight matrices, one per layer after the input (layers 1 to 2); got 1", "Weights")]);

    [Fact]
    public void Validate_ExtraMatrix_NamesTheFirstExtraMatrix()
        => Problems(Net222 with { Weights = [.. Net222.Weights, Net222.Weights[1]] })
            .ShouldBe([("expected 2 weight matrices, one per layer after the input (layers 1 to 2); got 3", "Weights[2]")]);

    [Fact]
    public void Validate_OneLayerAfterTheInput_NamesThatLayer()
    {
        var spec = new NetworkSpec([2, 1], [Activation.Sigmoid, Activation.Sigmoid], [[[R("1"), R("2")]]], [[R("0")]], [R("1"), R("1")], [R("1")], LossKind.HalfSumOfSquares, R("0.5"), BiasPolicy.Frozen);

        Problems(spec).ShouldBe([("expected 1 activation, one per layer after the input (layer 1); got 2", "Activations[1]")]);
    }

    [Fact]
    public void Validate_MiniBatch_NamesEverySampleAndLocatesIt()
    {
        var spec = Net222 with
        {
            Samples = [new NetworkSample([R("1")], Net222.Targets), new NetworkSample(Net222.Inputs, [R("0"), R("1"), R("0")])],
        };

        Problems(spec).ShouldBe(
        [
            ("sample 1: expected 2 inputs; got 1", "Samples[0].Inputs"),
            ("sample 2: expected 2 targets; got 3", "Samples[1].Targets[2]"),
        ]);
    }

    [Fact]
    public void Validate_DifferentBiasesUnderASharedPolicy_NamesTheFirstThatDiffers()
        => Problems(Net222 with { BiasPolicy = BiasPolicy.Shared, Biases = [[R("0.35"), R("0.35")], [R("0.60"), R("0.61")]] })
            .ShouldBe([("bias vector 2 has different values (entry 2 differs from entry 1), which a shared bias (one per layer) cannot hold; give the layer one bias, or use the per-neuron policy", "Biases[1][1]")]);

    [Fact]
    public void Validate_DifferentBiasesPerNeuron_IsFine()
        => (Net222 with { BiasPolicy = BiasPolicy.PerNeuron, Biases = [[R("0.35"), R("0.36")], [R("0.60"), R("0.61")]] }).Validate().ShouldBeEmpty();

    [Fact]
    public void Validate_SoftmaxOnASigmoidOutput_NamesTheOutputActivation()
        => Problems(Net222 with { Loss = LossKind.SoftmaxCrossEntropy })
            .ShouldBe([("softmax + cross-entropy needs a linear output layer (the logits)", "Activations[1]")]);

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ThrowsTheFirst()
        => Should.Throw<ArgumentException>(() => (Net222 with { Inputs = [R("1")], Targets = [R("1")] }).ThrowIfInvalid())
            .Message.ShouldBe("expected 2 inputs; got 1");

    [Fact]
    public void NetworkBuilder_InvalidSpec_ThrowsTheFirstProblem()
        => Should.Throw<ArgumentException>(() => NetworkBuilder.Build(Net222 with { Targets = [R("1")] }))
            .Message.ShouldBe("expected 2 targets; got 1");

    private static List<(string Message, string Where)> Problems(NetworkSpec spec)
        => [.. spec.Validate().Select(p => (p.Message, p.Location.ToString()))];

    private static Real R(string text) => Real.Parse(text);
}
