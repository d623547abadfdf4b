using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Specs;

namespace Explainer.Tests.Networks;

/// <summary>Binary cross-entropy E = Σ −[t ln o + (1 − t) ln(1 − o)] on the notes' 2-2-2 network: its value, ∂E/∂o = (o − t)/(o(1 − o)), and with a sigmoid output ∂E/∂net = o − t.</summary>
public sealed class BinaryCrossEntropyTests
{
    private static readonly NetworkSpec Net222 = new(
        [2, 2, 2],
        [Activation.Sigmoid, Activation.Sigmoid],
        [[[R("0.15"), R("0.20")], [R("0.25"), R("0.30")]], [[R("0.40"), R("0.45")], [R("0.50"), R("0.55")]]],
        [[R("0.35"), R("0.35")], [R("0.60"), R("0.60")]],
        [R("0.05"), R("0.10")],
        [R("0.01"), R("0.99")],
        LossKind.BinaryCrossEntropy,
        R("0.5"),
        BiasPolicy.Frozen);

    [Fact]
    public void Build_BinaryCrossEntropy_ValueIsTheSumOverOutputs()
    {
        var g = NetworkBuilder.Build(Net222).Graph;
        var o1 = g["out_o1"].Value;
        var o2 = g["out_o2"].Value;

        var e1 = -((R("0.01") * ExactMath.Log(o1)) + (R("0.99") * ExactMath.Log(1 - o1)));
        var e2 = -((R("0.99") * ExactMath.Log(o2)) + (R("0.01") * ExactMath.Log(1 - o2)));

        g["E_o1"].Value.ToString(40).ShouldBe(e1.ToString(40));
        g["E_o2"].Value.ToString(40).ShouldBe(e2.ToString(40));
        g["E_total"].Value.ToString(40).ShouldBe((e1 + e2).ToString(40));

        // Independently in double: o1 = 0.7513650695523157, o2 = 0.7729284653214625 (the notes' values).
        g["E_total"].Value.ToDouble().ShouldBe(
            -((0.01 * Math.Log(0.7513650695523157)) + (0.99 * Math.Log(1 - 0.7513650695523157))
              + (0.99 * Math.Log(0.7729284653214625)) + (0.01 * Math.Log(1 - 0.7729284653214625))),
            1e-14);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Backward_BinaryCrossEntropy_GradientsAreTheHandDerivedIdentities(int j)
    {
        var g = NetworkBuilder.Build(Net222).Graph;
        var trace = Backward.Run(g);
        var o = g[$"out_o{j}"].Value;
        var t = g[$"target_o{j}"].Value;

        trace.Gradient($"out_o{j}").ToString(40).ShouldBe(((o - t) / (o * (1 - o))).ToString(40));
        trace.Gradient($"net_o{j}").ToString(40).ShouldBe((o - t).ToString(40));
        trace.Gradient($"net_o{j}").ToDouble().ShouldBe(j == 1 ? 0.7513650695523157 - 0.01 : 0.7729284653214625 - 0.99, 1e-15);
    }

    [Fact]
    public void Backward_BinaryCrossEntropy_W5IsDeltaTimesOutH1()
    {
        var g = NetworkBuilder.Build(Net222).Graph;
        var trace = Backward.Run(g);

        trace.Gradient("w5").ToString(40).ShouldBe(((g["out_o1"].Value - g["target_o1"].Value) * g["out_h1"].Value).ToString(40));
    }

    [Fact]
    public void Parse_BinaryCrossEntropy_LoadsTheLoss()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");
        var text = File.ReadAllText(Path.Combine(folder, "net-2-2-2.yaml")).Replace("loss: half_sum_of_squares", "loss: binary_cross_entropy", StringComparison.Ordinal);
        text.ShouldContain("binary_cross_entropy");

        var result = SpecLoader.Parse(text, "bce.yaml");

        result.Messages.ShouldBeEmpty();
        result.Network!.Network.Loss.ShouldBe(LossKind.BinaryCrossEntropy);
    }

    [Fact]
    public void Validate_BinaryCrossEntropyOnATanhOutput_NamesTheOutputActivation()
    {
        var problems = (Net222 with { Activations = [Activation.Sigmoid, Activation.Tanh] }).Validate();

        problems.Select(p => (p.Message, p.Location.ToString())).ShouldBe([("binary cross-entropy needs a sigmoid output layer (outputs in (0, 1))", "Activations[1]")]);
    }

    private static Real R(string s) => Real.Parse(s);
}
