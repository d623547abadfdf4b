using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>One forward and backward pass of the 2-2-2 sigmoid network (Mazur's example), every value displayed.</summary>
/// <remarks>
/// Built on <see cref="Real"/> directly, so it measures the numbers and not the graph: four sigmoids, about eighty
/// operations on certified values, and some fifty values formatted.
/// </remarks>
[MemoryDiagnoser]
public class NetworkTraceBenchmarks
{
    [Params(50)]
    public int Digits { get; set; }

    [Benchmark]
    public int Trace()
    {
        static Real P(string s) => Real.Parse(s);
        var (i1, i2) = (P("0.05"), P("0.10"));
        var (w1, w2, w3, w4, b1) = (P("0.15"), P("0.20"), P("0.25"), P("0.30"), P("0.35"));
        var (w5, w6, w7, w8, b2) = (P("0.40"), P("0.45"), P("0.50"), P("0.55"), P("0.60"));
        var (t1, t2) = (P("0.01"), P("0.99"));
        var half = Real.FromFraction(1, 2);
        var one = Real.One;

        var netH1 = (w1 * i1) + (w2 * i2) + b1;
        var netH2 = (w3 * i1) + (w4 * i2) + b1;
        var outH1 = ExactMath.Sigmoid(netH1);
        var outH2 = ExactMath.Sigmoid(netH2);
        var netO1 = (w5 * outH1) + (w6 * outH2) + b2;
        var netO2 = (w7 * outH1) + (w8 * outH2) + b2;
        var outO1 = ExactMath.Sigmoid(netO1);
        var outO2 = ExactMath.Sigmoid(netO2);
        var e1 = half * (t1 - outO1) * (t1 - outO1);
        var e2 = half * (t2 - outO2) * (t2 - outO2);
        var total = e1 + e2;

        var dOut1 = outO1 - t1;
        var dOut2 = outO2 - t2;
        var dNet1 = outO1 * (one - outO1);
        var dNet2 = outO2 * (one - outO2);
        var delta1 = dOut1 * dNet1;
        var delta2 = dOut2 * dNet2;
        var gW5 = delta1 * outH1;
        var gW6 = delta1 * outH2;
        var gW7 = delta2 * outH1;
        var gW8 = delta2 * outH2;
        var dOutH1 = (delta1 * w5) + (delta2 * w7);
        var dOutH2 = (delta1 * w6) + (delta2 * w8);
        var dNetH1 = outH1 * (one - outH1);
        var dNetH2 = outH2 * (one - outH2);
        var deltaH1 = dOutH1 * dNetH1;
        var deltaH2 = dOutH2 * dNetH2;
        var gW1 = deltaH1 * i1;
        var gW2 = deltaH1 * i2;
        var gW3 = deltaH2 * i1;
        var gW4 = deltaH2 * i2;
        var rate = P("0.5");

        Real[] shown =
        [
            netH1, netH2, outH1, outH2, netO1, netO2, outO1, outO2, e1, e2, total,
            dOut1, dOut2, dNet1, dNet2, delta1, delta2, gW5, gW6, gW7, gW8,
            dOutH1, dOutH2, dNetH1, dNetH2, deltaH1, deltaH2, gW1, gW2, gW3, gW4,
            w1 - (rate * gW1), w2 - (rate * gW2), w3 - (rate * gW3), w4 - (rate * gW4),
            w5 - (rate * gW5), w6 - (rate * gW6), w7 - (rate * gW7), w8 - (rate * gW8),
            delta1 * w5, delta2 * w7, delta1 * w6, delta2 * w8, dOut1 * dNet1 * outH1,
            dOut2 * dNet2 * outH2, deltaH1 * i1, deltaH2 * i2, t1 - outO1, t2 - outO2, one - outO1,
        ];

        var length = 0;
        foreach (var value in shown)
        {
            length += value.Format(Digits).Text.Length;
        }

        return length;
    }
}
