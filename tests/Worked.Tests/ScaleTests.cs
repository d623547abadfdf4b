using System.Globalization;
using System.Runtime.ExceptionServices;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>Deep and wide graphs: no recursion on depth, exact gradients that still agree with finite differences at width 200, and networks of several hidden layers of 10 or more neurons.</summary>
public sealed class ScaleTests
{
    private const int Depth = 3000;
    private const int Width = 200;

    /// <summary>A small stack: a walk that recursed once per node of a 3000-deep chain would overflow it.</summary>
    private const int SmallStack = 256 * 1024;

    private static readonly Lazy<RealDisplay> ChainGradient = new(() => OnSmallStack(() =>
    {
        var g = new GraphBuilder();
        var node = g.Input("x", "x", Real.FromFraction(1, 2));
        for (var k = 1; k <= Depth; k++)
        {
            node = g.Apply(Ops.Sigmoid, [node], Name($"a{k}"), Name($"a_{{{k}}}"));
        }

        return Backward.Run(g.Build(node)).Gradient("x").Format(20);
    }));

    private static readonly Lazy<WideNetwork> Wide = new(WideNetwork.Build);

    private static readonly Lazy<DeepNetwork> Deep12 = new(() => DeepNetwork.Build([12, 12, 12, 12], BiasPolicy.PerNeuron));

    private static readonly Lazy<DeepNetwork> Deep16 = new(() => DeepNetwork.Build([16, 32, 32, 10], BiasPolicy.Shared));

    [Fact]
    public void Backward_On3000DeepSigmoidChain_ProvesTwentyDigitsOnSmallStack()
    {
        ChainGradient.Value.Status.ShouldBe(RealDisplayStatus.Rounded, ChainGradient.Value.Text);
    }

    [Fact]
    public void Gradient_Of3000DeepSigmoidChain_AgreesWithLogOfProductOfDerivatives()
    {
        // dx_3000/dx = Π σ′(a_{k−1}) = Π a_k(1 − a_k), about 10^-1800: compared through log10 since double underflows.
        var log = 0.0;
        var a = 0.5;
        for (var k = 1; k <= Depth; k++)
        {
            a = DoubleModels.Sigmoid(a);
            log += Math.Log10(a * (1 - a));
        }

        Digits.Log10(Digits.Canonical(ChainGradient.Value.Text, 20)).ShouldBe(log, 1e-8);
    }

    [Fact]
    public void Backward_OnWidth200Network_VisitsEveryEdgeOnce()
    {
        // Each net_h: 200 weights, 200 inputs, 1 bias; out_h: 1; net_o1: 200 + 200 + 1; out_o1: 1; E_o1: 2; E_total: 1.
        const int expected = (Width * ((2 * Width) + 1)) + Width + ((2 * Width) + 1) + 1 + 2 + 1;

        Wide.Value.Trace.Edges.Count.ShouldBe(expected);
    }

    [Theory]
    [InlineData("w1")]
    [InlineData("w20100")]
    [InlineData("w40000")]
    [InlineData("w40001")]
    [InlineData("w40200")]
    [InlineData("b1")]
    [InlineData("b2")]
    [InlineData("i200")]
    public void Gradient_InWidth200Network_AgreesWithCentralDifference(string leaf)
    {
        var wide = Wide.Value;
        var h = 1e-5;
        var difference = (wide.Loss(leaf, h) - wide.Loss(leaf, -h)) / (2 * h);

        var gradient = wide.Trace.Gradient(leaf).ToDouble();

        difference.ShouldBe(gradient, 1e-6 * Math.Abs(gradient), $"∂E_total/∂{leaf}");
    }

    [Theory]
    [InlineData("12-12-12-12", 12 + (3 * 12 * 12) + (3 * 12) + (3 * 12) + (3 * 12) + 12 + 12 + 1)]
    [InlineData("16-32-32-10", 16 + ((16 * 32) + (32 * 32) + (32 * 10)) + 3 + (2 * (32 + 32 + 10)) + 10 + 10 + 1)]
    public void Build_SeveralHiddenLayers_GivesEveryNodeItsOwnName(string shape, int nodes)
    {
        // 12-12-12-12 has a bias per neuron, 16-32-32-10 one per layer; both: inputs, weights, biases, nets, activations, targets, errors, E.
        var graph = Deep(shape).Trace.Graph;

        graph.Nodes.Count.ShouldBe(nodes);
        graph.Nodes.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count().ShouldBe(nodes);
        graph.Nodes.Select(n => n.Symbol).Distinct(StringComparer.Ordinal).Count().ShouldBe(nodes);
    }

    [Theory]
    [InlineData("W1_1_11", "W^{(1)}_{1,11}", 0, 0, 10)]
    [InlineData("W1_11_1", "W^{(1)}_{11,1}", 0, 10, 0)]
    [InlineData("W2_32_21", "W^{(2)}_{32,21}", 1, 31, 20)]
    [InlineData("W3_10_32", "W^{(3)}_{10,32}", 2, 9, 31)]
    public void Build_16x32x32x10_NamesWeightByLayerTargetAndSource(string name, string symbol, int layer, int target, int source)
    {
        var deep = Deep("16-32-32-10");
        var node = deep.Trace.Graph[name];

        (node.Symbol, node.Value).ShouldBe((symbol, deep.Spec.Weights[layer][target][source]));
    }

    [Theory]
    [InlineData("16-32-32-10", "W1_1_11")]
    [InlineData("16-32-32-10", "W1_11_1")]
    [InlineData("16-32-32-10", "W2_32_21")]
    [InlineData("16-32-32-10", "W3_10_32")]
    [InlineData("16-32-32-10", "b2")]
    [InlineData("16-32-32-10", "x16")]
    [InlineData("12-12-12-12", "W1_12_1")]
    [InlineData("12-12-12-12", "W2_1_12")]
    [InlineData("12-12-12-12", "b3_12")]
    [InlineData("12-12-12-12", "x1")]
    public void Gradient_InSeveralHiddenLayers_AgreesWithCentralDifference(string shape, string leaf)
    {
        // Gradients here run from 4e-7 to 5e-2 (four sigmoid layers): with h = 1e-4 the rounding of E in double (about 1e-13 once
        // divided by 2h) and the O(h²) truncation both stay under a millionth of the smallest.
        var deep = Deep(shape);
        var h = 1e-4;
        var difference = (deep.Loss(leaf, h) - deep.Loss(leaf, -h)) / (2 * h);

        var gradient = deep.Trace.Gradient(leaf).ToDouble();

        gradient.ShouldNotBe(0.0);
        difference.ShouldBe(gradient, 1e-6 * Math.Abs(gradient), $"∂E/∂{leaf}");
    }

    [Theory]
    [InlineData("W1_1_11", "z1_1", "x11")]
    [InlineData("W1_11_1", "z1_11", "x1")]
    [InlineData("W2_5_32", "z2_5", "a1_32")]
    [InlineData("W3_10_11", "z3_10", "a2_11")]
    public void Gradient_Of16x32x32x10Weight_IsTargetNetGradientTimesSourceValue(string weight, string net, string source)
    {
        // ∂E/∂W^(l)_{j,k} = ∂E/∂z^(l)_j · a^(l−1)_k: the weight's only path to E goes through z^(l)_j.
        var trace = Deep("16-32-32-10").Trace;

        var product = trace.Gradient(net).ToDouble() * trace.Graph[source].Value.ToDouble();

        trace.Gradient(weight).ToDouble().ShouldBe(product, 1e-12 * Math.Abs(product));
    }

    private static DeepNetwork Deep(string shape) => shape switch
    {
        "12-12-12-12" => Deep12.Value,
        "16-32-32-10" => Deep16.Value,
        _ => throw new ArgumentException($"no deep network {shape}", nameof(shape)),
    };

    private static string Name(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>A [200, 200, 1] sigmoid network with a shared bias per layer, and the same network in double.</summary>
    private sealed class WideNetwork
    {
        private readonly double[][] _w1;
        private readonly double[] _w2;
        private readonly double[] _x;
        private readonly double _b1;
        private readonly double _b2;
        private readonly double _target;

        private WideNetwork(NetworkSpec spec, Trace trace)
        {
            Trace = trace;
            _w1 = [.. spec.Weights[0].Select(row => row.Select(w => w.ToDouble()).ToArray())];
            _w2 = [.. spec.Weights[1][0].Select(w => w.ToDouble())];
            _x = [.. spec.Inputs.Select(x => x.ToDouble())];
            _b1 = spec.Biases[0][0].ToDouble();
            _b2 = spec.Biases[1][0].ToDouble();
            _target = spec.Targets[0].ToDouble();
        }

        public Trace Trace { get; }

        public static WideNetwork Build()
        {
            // Small rationals with mixed signs, so that nets stay near zero where the sigmoid is not flat.
            var w1 = Enumerable.Range(0, Width).Select(j => (IReadOnlyList<Real>)[.. Enumerable.Range(0, Width).Select(k => Real.FromFraction((((31 * j) + (17 * k)) % 41) - 20, 400))]).ToList();
            IReadOnlyList<Real> w2 = [.. Enumerable.Range(0, Width).Select(j => Real.FromFraction(((13 * j) % 29) - 14, 200))];
            var spec = new NetworkSpec(
                [Width, Width, 1],
                [Activation.Sigmoid, Activation.Sigmoid],
                [w1, [w2]],
                [[.. Enumerable.Repeat(Real.FromFraction(1, 10), Width)], [Real.FromFraction(-1, 5)]],
                [.. Enumerable.Range(0, Width).Select(k => Real.FromFraction(((7 * k) % 11) + 1, 10))],
                [Real.FromFraction(1, 4)],
                LossKind.HalfSumOfSquares,
                Real.FromFraction(1, 2),
                BiasPolicy.Shared);
            var network = NetworkBuilder.Build(spec);
            return new WideNetwork(spec, Backward.Run(network.Graph));
        }

        /// <summary>E_total in double with one leaf moved by <paramref name="delta"/>; leaves are named as NetworkBuilder names them (w numbered by target neuron, then source).</summary>
        public double Loss(string leaf, double delta)
        {
            var w1 = _w1.Select(r => (double[])r.Clone()).ToArray();
            var w2 = (double[])_w2.Clone();
            var x = (double[])_x.Clone();
            var (b1, b2) = (_b1, _b2);
            switch (leaf)
            {
                case "b1":
                    b1 += delta;
                    break;
                case "b2":
                    b2 += delta;
                    break;
                case ['i', .. var k]:
                    x[int.Parse(k, CultureInfo.InvariantCulture) - 1] += delta;
                    break;
                case ['w', .. var n] when int.Parse(n, CultureInfo.InvariantCulture) - 1 is var m && m < Width * Width:
                    w1[m / Width][m % Width] += delta;
                    break;
                case ['w', .. var n]:
                    w2[int.Parse(n, CultureInfo.InvariantCulture) - 1 - (Width * Width)] += delta;
                    break;
                default:
                    throw new ArgumentException($"no leaf '{leaf}' in the double model", nameof(leaf));
            }

            var net = b2;
            for (var j = 0; j < Width; j++)
            {
                var z = b1;
                for (var k = 0; k < Width; k++)
                {
                    z += w1[j][k] * x[k];
                }

                net += w2[j] * DoubleModels.Sigmoid(z);
            }

            return DoubleModels.HalfSquare(_target - DoubleModels.Sigmoid(net));
        }
    }

    /// <summary>A sigmoid network of several hidden layers built by NetworkBuilder, and the same network in double.</summary>
    private sealed class DeepNetwork
    {
        private readonly double[][][] _weights;
        private readonly double[][] _biases;
        private readonly double[] _inputs;
        private readonly double[] _targets;
        private readonly bool _shared;

        private DeepNetwork(NetworkSpec spec, Trace trace)
        {
            Spec = spec;
            Trace = trace;
            _weights = [.. spec.Weights.Select(m => m.Select(row => row.Select(w => w.ToDouble()).ToArray()).ToArray())];
            _biases = [.. spec.Biases.Select(b => b.Select(v => v.ToDouble()).ToArray())];
            _inputs = [.. spec.Inputs.Select(x => x.ToDouble())];
            _targets = [.. spec.Targets.Select(t => t.ToDouble())];
            _shared = spec.BiasPolicy != BiasPolicy.PerNeuron;
        }

        public NetworkSpec Spec { get; }

        public Trace Trace { get; }

        public static DeepNetwork Build(int[] sizes, BiasPolicy policy)
        {
            // Small rationals with mixed signs, different in every layer, row and column (so a swapped index shows).
            var layers = sizes.Length - 1;
            var weights = Enumerable.Range(0, layers)
                .Select(l => (IReadOnlyList<IReadOnlyList<Real>>)[.. Enumerable.Range(0, sizes[l + 1])
                    .Select(j => (IReadOnlyList<Real>)[.. Enumerable.Range(0, sizes[l]).Select(k => Real.FromFraction((((37 * j) + (11 * k) + (5 * l)) % 43) - 21, 150))])])
                .ToList();
            var biases = Enumerable.Range(0, layers)
                .Select(l => (IReadOnlyList<Real>)[.. Enumerable.Range(0, sizes[l + 1]).Select(j => Real.FromFraction(policy == BiasPolicy.PerNeuron ? ((7 * j) + l) % 9 - 4 : l - 1, 20))])
                .ToList();
            var spec = new NetworkSpec(
                sizes,
                [.. Enumerable.Repeat(Activation.Sigmoid, layers)],
                weights,
                biases,
                [.. Enumerable.Range(0, sizes[0]).Select(k => Real.FromFraction(((5 * k) % 13) - 6, 8))],
                [.. Enumerable.Range(0, sizes[^1]).Select(j => Real.FromFraction(((3 * j) % 7) + 1, 8))],
                LossKind.HalfSumOfSquares,
                Real.FromFraction(1, 2),
                policy);
            return new DeepNetwork(spec, Backward.Run(NetworkBuilder.Build(spec).Graph));
        }

        /// <summary>E with one leaf moved by <paramref name="delta"/>; the leaf is read from its name (x3, W2_5_11, b2 or b2_5), so the names' indices are checked too.</summary>
        public double Loss(string leaf, double delta)
        {
            var weights = _weights.Select(m => m.Select(r => (double[])r.Clone()).ToArray()).ToArray();
            var biases = _biases.Select(b => (double[])b.Clone()).ToArray();
            var inputs = (double[])_inputs.Clone();
            var indices = leaf[1..].Split('_').Select(i => int.Parse(i, CultureInfo.InvariantCulture) - 1).ToArray();
            switch (leaf[0], indices.Length)
            {
                case ('x', 1):
                    inputs[indices[0]] += delta;
                    break;
                case ('W', 3):
                    weights[indices[0]][indices[1]][indices[2]] += delta;
                    break;
                case ('b', 1) when _shared:
                    biases[indices[0]] = [.. biases[indices[0]].Select(b => b + delta)];
                    break;
                case ('b', 2) when !_shared:
                    biases[indices[0]][indices[1]] += delta;
                    break;
                default:
                    throw new ArgumentException($"no leaf '{leaf}' in the double model", nameof(leaf));
            }

            var activations = inputs;
            for (var l = 0; l < weights.Length; l++)
            {
                var previous = activations;
                activations = [.. weights[l].Select((row, j) => DoubleModels.Sigmoid(biases[l][j] + row.Select((w, k) => w * previous[k]).Sum()))];
            }

            return activations.Select((a, j) => DoubleModels.HalfSquare(_targets[j] - a)).Sum();
        }
    }
}
