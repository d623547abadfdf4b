using System.Globalization;
using System.Text;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>
/// The peers' "LCG-100" problem as a spec file: a fully connected sigmoid network whose weights, biases, inputs and
/// targets are short decimals drawn from a uint32 LCG (seed 12345), so that Explainer and the peer programs
/// (Arb's <c>mlp_arb</c>, <c>mlp_mpmath.py</c>) compute the same step.
/// </summary>
/// <remarks>
/// Each draw: state ← 1664525·state + 1013904223 mod 2³², u = state >> 8; a weight or bias is (u mod 201 − 100)/100,
/// an input (u mod 101)/100, a target (u mod 99 + 1)/100. Draw order: W⁽¹⁾ row-major, b⁽¹⁾, W⁽²⁾, b⁽²⁾, …, then per
/// sample its inputs and its targets. Sigmoid on every layer, E = (1/B) Σ ½(t − a)², per-neuron biases, η = 0.5.
/// Run: <c>dotnet run -c Release --project bench/Explainer.Bench -- lcg-spec 16-32-32-10 8 &gt; mlp.yaml</c>.
/// </remarks>
public static class LcgSpec
{
    /// <summary>Writes the spec of a network of the given layer sizes and batch.</summary>
    /// <param name="sizes">The layer sizes, e.g. 16-32-32-10.</param>
    /// <param name="batch">The number of samples.</param>
    /// <param name="seed">The LCG's seed (the peers' default is 12345).</param>
    /// <returns>The YAML text.</returns>
    public static string Write(IReadOnlyList<int> sizes, int batch, uint seed = 12345)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var lcg = new Lcg(seed);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# The peers' LCG-100 problem, {string.Join('-', sizes)} with a batch of {batch}, seed {seed} (bench/Explainer.Bench/LcgSpec.cs).\n");
        text.Append("kind: network\n");
        text.Append(CultureInfo.InvariantCulture, $"id: lcg-{string.Join('-', sizes)}-b{batch}\n");
        text.Append(CultureInfo.InvariantCulture, $"layers: [{string.Join(", ", sizes)}]\n");
        text.Append(CultureInfo.InvariantCulture, $"activations: [{string.Join(", ", Enumerable.Repeat("sigmoid", sizes.Count - 1))}]\n");
        var weights = new StringBuilder("weights:\n");
        var biases = new StringBuilder("biases:\n");
        for (var l = 1; l < sizes.Count; l++)
        {
            var rows = Enumerable.Range(0, sizes[l]).Select(_ => "[" + string.Join(", ", Enumerable.Range(0, sizes[l - 1]).Select(_ => lcg.Weight())) + "]").ToList();
            weights.Append("  - [").Append(string.Join(", ", rows)).Append("]\n");
            biases.Append("  - [").Append(string.Join(", ", Enumerable.Range(0, sizes[l]).Select(_ => lcg.Weight()))).Append("]\n");
        }

        text.Append(weights).Append(biases).Append("bias_policy: per-neuron\nsamples:\n");
        for (var s = 0; s < batch; s++)
        {
            var inputs = string.Join(", ", Enumerable.Range(0, sizes[0]).Select(_ => lcg.Input()));
            var targets = string.Join(", ", Enumerable.Range(0, sizes[^1]).Select(_ => lcg.Target()));
            text.Append(CultureInfo.InvariantCulture, $"  - {{inputs: [{inputs}], targets: [{targets}]}}\n");
        }

        text.Append(batch > 1 ? "reduction: mean\n" : string.Empty).Append("loss: half_sum_of_squares\nlearning_rate: 0.5\n");
        return text.ToString();
    }

    /// <summary>The same problem as <see cref="Write"/>, built in code: no spec-file limits, so that 200-200-1 (40,200 weights) can be timed too.</summary>
    /// <param name="sizes">The layer sizes.</param>
    /// <param name="batch">The number of samples.</param>
    /// <param name="seed">The LCG's seed.</param>
    /// <returns>The network spec.</returns>
    public static NetworkSpec Build(IReadOnlyList<int> sizes, int batch, uint seed = 12345)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var lcg = new Lcg(seed);
        var weights = new List<IReadOnlyList<IReadOnlyList<Real>>>();
        var biases = new List<IReadOnlyList<Real>>();
        for (var l = 1; l < sizes.Count; l++)
        {
            weights.Add([.. Enumerable.Range(0, sizes[l]).Select(_ => (IReadOnlyList<Real>)[.. Enumerable.Range(0, sizes[l - 1]).Select(_ => Real.Parse(lcg.Weight()))])]);
            biases.Add([.. Enumerable.Range(0, sizes[l]).Select(_ => Real.Parse(lcg.Weight()))]);
        }

        var samples = new List<NetworkSample>();
        for (var s = 0; s < batch; s++)
        {
            Real[] inputs = [.. Enumerable.Range(0, sizes[0]).Select(_ => Real.Parse(lcg.Input()))];
            Real[] targets = [.. Enumerable.Range(0, sizes[^1]).Select(_ => Real.Parse(lcg.Target()))];
            samples.Add(new NetworkSample(inputs, targets));
        }

        return new NetworkSpec(
            sizes,
            [.. Enumerable.Repeat(Activation.Sigmoid, sizes.Count - 1)],
            weights,
            biases,
            samples,
            batch > 1 ? SampleReduction.Mean : SampleReduction.Sum,
            LossKind.HalfSumOfSquares,
            Real.Parse("0.5"),
            BiasPolicy.PerNeuron);
    }

    /// <summary>The first five draws read as weights, the peers' test vector for seed 12345.</summary>
    public static string TestVector()
    {
        var lcg = new Lcg(12345);
        return string.Join(' ', Enumerable.Range(0, 5).Select(_ => lcg.Weight()));
    }

    private sealed class Lcg(uint seed)
    {
        private uint _state = seed;

        public string Weight() => Decimal((int)(Next() % 201) - 100);

        public string Input() => Decimal((int)(Next() % 101));

        public string Target() => Decimal((int)(Next() % 99) + 1);

        private uint Next()
        {
            _state = unchecked((1664525 * _state) + 1013904223);
            return _state >> 8;
        }

        private static string Decimal(int q) => string.Create(CultureInfo.InvariantCulture, $"{(q < 0 ? "-" : string.Empty)}{Math.Abs(q) / 100}.{Math.Abs(q) % 100:00}");
    }
}
