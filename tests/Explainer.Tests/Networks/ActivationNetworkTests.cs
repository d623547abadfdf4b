using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Tests.Networks;

/// <summary>
/// Every activation the engine has builds into a network: a 2-2-2 network with that activation on both layers, whose
/// exact gradient agrees with a central difference computed independently in double, and whose neuron out_h1 holds
/// the op's value of net_h1. net_h1 is negative and net_h2 positive, so leaky ReLU's and ELU's both branches are used.
/// </summary>
public sealed class ActivationNetworkTests
{
    /// <summary>The step of the central difference.</summary>
    private const double H = 1e-5;

    /// <summary>The tolerance on |numerical − exact|, relative to max(1, |exact|): the O(h²) truncation (≈ 1e-10 here) plus rounding (≈ 1e-11) with room.</summary>
    private const double Tolerance = 1e-8;

    public static TheoryData<string> Names => ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "swish", "gelu", "linear"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Build_EachActivation_GradientMatchesADoubleCentralDifference(string name)
    {
        var spec = Spec(Of(name));
        var network = NetworkBuilder.Build(spec);
        var trace = Backward.Run(network.Graph);
        var parameters = Parameters(spec);

        var checkedCount = 0;
        foreach (var (node, get, set) in Handles(network, parameters))
        {
            var original = get();
            set(original + H);
            var plus = DoubleLoss(name, parameters);
            set(original - H);
            var minus = DoubleLoss(name, parameters);
            set(original);
            var numerical = (plus - minus) / (2 * H);
            var exact = trace.Gradient(node).ToDouble();

            Math.Abs(numerical - exact).ShouldBeLessThan(Tolerance * Math.Max(1, Math.Abs(exact)), $"{name}: ∂E/∂{node.Name}");
            checkedCount++;
        }

        checkedCount.ShouldBe(10);
        network.Graph[network.Graph.Nodes[^1].Name].Value.ToDouble().ShouldBe(DoubleLoss(name, parameters), 1e-15);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Build_EachActivation_NeuronValueIsTheOpsValue(string name)
    {
        var activation = Of(name);
        var network = NetworkBuilder.Build(Spec(activation));
        var net = network.Graph["net_h1"].Value;

        if (activation.Op() is { } op)
        {
            network.Graph["out_h1"].Value.ToString(40).ShouldBe(op.Forward([net]).ToString(40));
            network.Graph["out_h1"].Op!.Name.ShouldBe(op.Name);
        }
        else
        {
            network.Graph.Nodes.ShouldNotContain(n => n.Name == "out_h1");
        }

        net.ToString(40).ShouldBe("-0.025");
        var expected = Apply(name, -0.025);
        (activation.Op()?.Forward([net]) ?? net).ToDouble().ShouldBe(expected, 1e-15);
    }

    [Fact]
    public void Build_LeakyReluAndElu_CarryTheirAlpha()
    {
        var leaky = NetworkBuilder.Build(Spec(Activation.LeakyRelu(R("0.01"))));
        var steep = NetworkBuilder.Build(Spec(Activation.LeakyRelu(R("0.2"))));

        leaky.Graph["out_h1"].Value.ToString(40).ShouldBe("-0.00025");
        steep.Graph["out_h1"].Value.ToString(40).ShouldBe("-0.005");
        Activation.Elu(R("1.5")).ShouldNotBe(Activation.Elu(R("1")));
        Activation.Elu(R("1.5")).ShouldBe(Activation.Elu(R("3/2")));
        Activation.LeakyRelu(R("0.01")).ToString().ShouldBe("leaky_relu(alpha=0.01)");
    }

    private static Real R(string s) => Real.Parse(s);

    private static Activation Of(string name) => name switch
    {
        "sigmoid" => Activation.Sigmoid,
        "tanh" => Activation.Tanh,
        "relu" => Activation.Relu,
        "leaky_relu" => Activation.LeakyRelu(R("0.01")),
        "elu" => Activation.Elu(R("1.5")),
        "softplus" => Activation.Softplus,
        "swish" => Activation.Swish,
        "gelu" => Activation.Gelu,
        _ => Activation.Linear,
    };

    /// <summary>A 2-2-2 network: inputs 0.5, 1; net_h1 = 0.075 − 0.2 + 0.1 = −0.025, net_h2 = −0.125 + 0.3 + 0.1 = 0.275.</summary>
    private static NetworkSpec Spec(Activation activation) => new(
        [2, 2, 2],
        [activation, activation],
        [[[R("0.15"), R("-0.20")], [R("-0.25"), R("0.30")]], [[R("0.40"), R("-0.45")], [R("0.50"), R("0.55")]]],
        [[R("0.1"), R("0.1")], [R("0.05"), R("0.05")]],
        [R("0.5"), R("1")],
        [R("0.01"), R("0.99")],
        LossKind.HalfSumOfSquares,
        R("0.5"),
        BiasPolicy.Shared);

    /// <summary>The parameters as doubles: w1…w8 then b1, b2, in the builder's order.</summary>
    private static double[] Parameters(NetworkSpec spec)
        => [.. spec.Weights.SelectMany(m => m.SelectMany(r => r)).Select(v => v.ToDouble()), .. spec.Biases.Select(b => b[0].ToDouble())];

    private static IEnumerable<(Node Node, Func<double> Get, Action<double> Set)> Handles(Network network, double[] p)
    {
        var nodes = network.Weights.Concat(network.Biases).ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            var index = i;
            yield return (nodes[i], () => p[index], v => p[index] = v);
        }
    }

    /// <summary>E = Σ ½(t − o)² of the network in double, written out independently of the graph.</summary>
    private static double DoubleLoss(string name, double[] p)
    {
        double[] x = [0.5, 1];
        double[] t = [0.01, 0.99];
        var h1 = Apply(name, (p[0] * x[0]) + (p[1] * x[1]) + p[8]);
        var h2 = Apply(name, (p[2] * x[0]) + (p[3] * x[1]) + p[8]);
        var o1 = Apply(name, (p[4] * h1) + (p[5] * h2) + p[9]);
        var o2 = Apply(name, (p[6] * h1) + (p[7] * h2) + p[9]);
        return (0.5 * (t[0] - o1) * (t[0] - o1)) + (0.5 * (t[1] - o2) * (t[1] - o2));
    }

    private static double Apply(string name, double z) => name switch
    {
        "sigmoid" => Sigmoid(z),
        "tanh" => Math.Tanh(z),
        "relu" => Math.Max(0, z),
        "leaky_relu" => z > 0 ? z : 0.01 * z,
        "elu" => z > 0 ? z : 1.5 * (Math.Exp(z) - 1),
        "softplus" => Math.Log(1 + Math.Exp(z)),
        "swish" => z * Sigmoid(z),
        "gelu" => z * 0.5 * (1 + Erf(z / Math.Sqrt(2))),
        _ => z,
    };

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>erf by its Maclaurin series, exact to double rounding for the |z| &lt; 2 used here.</summary>
    private static double Erf(double z)
    {
        double sum = 0;
        var term = z;
        for (var n = 0; n < 60; n++)
        {
            sum += term / ((2 * n) + 1);
            term *= -z * z / (n + 1);
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }
}
