using System.Globalization;
using System.Runtime.ExceptionServices;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>Deep and wide graphs: no recursion on depth, and exact gradients that still agree with finite differences at width 200.</summary>
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
}
