using System.Globalization;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>Turns a <see cref="NetworkSpec"/> into a computation graph named as the course notes name things.</summary>
/// <remarks>
/// With one hidden layer the notes' names are used: inputs i1, i2; neurons net_h1/out_h1, net_o1/out_o1; weights
/// w1, w2, … numbered by target neuron then source (w1: i1→h1, w2: i2→h1, w3: i1→h2 …); biases b1, b2 per layer
/// (or b_h1, b_o1 per neuron); errors E_o1 and E_total. Otherwise generic names, every index set apart so that no two
/// nodes of any shape share a name: inputs x1 (x_k), nets z1_3 (z^(l)_j), activations a1_3 (a^(l)_j), weights W1_3_12
/// (W^(l)_{j,k}: layer l, target neuron j, source neuron k; W1_1_11 and W1_11_1 differ), biases b1 or b1_3 (b^(l)_j).
/// </remarks>
public static class NetworkBuilder
{
    /// <summary>Builds the graph of one forward pass and its loss per sample, the weights shared, and the batch loss.</summary>
    /// <remarks>
    /// With one sample the graph is the single forward pass, named as always. With several, every node of sample s
    /// (1-based) but the parameters has its name suffixed with [s] (out_o1[2], E_total[2]) and its symbol with the
    /// superscript [s]; the loss is then the sum or the mean of the samples' losses, named as the one-sample loss is
    /// (E_total, E or L), so that each parameter's gradient is the sum (or the mean) of the samples' gradients.
    /// </remarks>
    /// <exception cref="ArgumentException">The spec's shapes do not agree.</exception>
    public static Network Build(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid();
        var names = new Naming(spec.UsesNotesNames, spec.Symbols);
        var samples = spec.Samples;

        // Room for every node, so that neither the list nor the name table grows: per sample its inputs, targets, a net
        // and an out per neuron and a loss term per output, then the parameters and the batch loss.
        var neurons = spec.LayerSizes.Skip(1).Sum();
        var parameters = 0;
        for (var l = 0; l + 1 < spec.LayerSizes.Count; l++)
        {
            parameters += (spec.LayerSizes[l] + 1) * spec.LayerSizes[l + 1];
        }

        var g = new GraphBuilder((int)Math.Min(1 << 20, ((long)samples.Count * (spec.LayerSizes[0] + (3 * spec.LayerSizes[^1]) + (2 * neurons) + 2)) + parameters + 2));
        var weights = new List<Node>();
        var biases = new List<Node>();
        var weightRows = new List<List<List<Node>>>();
        var biasRows = new List<List<Node>>();
        var losses = new List<Node>();
        for (var s = 0; s < samples.Count; s++)
        {
            names.Sample = samples.Count == 1 ? null : s + 1;
            var layer = new List<Node>();
            for (var k = 0; k < samples[s].Inputs.Count; k++)
            {
                var (name, symbol) = names.Input(k);
                layer.Add(g.Input(name, symbol, samples[s].Inputs[k]));
            }

            var weightNumber = 0;
            for (var l = 0; l + 1 < spec.LayerSizes.Count; l++)
            {
                var isOutput = l + 2 == spec.LayerSizes.Count;
                if (s == 0)
                {
                    var rows = new List<List<Node>>();
                    for (var j = 0; j < spec.LayerSizes[l + 1]; j++)
                    {
                        var row = new List<Node>();
                        for (var k = 0; k < spec.LayerSizes[l]; k++)
                        {
                            weightNumber++;
                            var (name, symbol) = names.Weight(l, j, k, weightNumber);
                            row.Add(g.Parameter(name, symbol, spec.Weights[l][j][k]));
                        }

                        weights.AddRange(row);
                        rows.Add(row);
                    }

                    weightRows.Add(rows);
                    var created = new List<Node>();
                    if (spec.BiasPolicy == BiasPolicy.PerNeuron)
                    {
                        for (var j = 0; j < spec.LayerSizes[l + 1]; j++)
                        {
                            var (name, symbol) = names.NeuronBias(l, j, isOutput);
                            created.Add(g.Parameter(name, symbol, spec.Biases[l][j]));
                        }
                    }
                    else
                    {
                        var (name, symbol) = names.LayerBias(l);
                        var shared = g.Parameter(name, symbol, spec.Biases[l][0]);
                        created.AddRange(Enumerable.Repeat(shared, spec.LayerSizes[l + 1]));
                    }

                    biases.AddRange(created.Distinct());
                    biasRows.Add(created);
                }

                var next = new List<Node>();
                for (var j = 0; j < spec.LayerSizes[l + 1]; j++)
                {
                    var inputs = new Node[(2 * layer.Count) + 1];
                    for (var k = 0; k < layer.Count; k++)
                    {
                        inputs[2 * k] = weightRows[l][j][k];
                        inputs[(2 * k) + 1] = layer[k];
                    }

                    inputs[^1] = biasRows[l][j];
                    var (netName, netSymbol) = names.Net(l, j, isOutput);
                    var net = g.ApplyOwned(Ops.WeightedSum, inputs, netName, netSymbol);
                    var op = spec.Activations[l].Op();
                    if (op is null)
                    {
                        next.Add(net);
                        continue;
                    }

                    var (outName, outSymbol) = names.Out(l, j, isOutput);
                    next.Add(g.Apply(op, [net], outName, outSymbol));
                }

                layer = next;
            }

            losses.Add(AddLoss(g, spec.Loss, samples[s].Targets, layer, names));
        }

        names.Sample = null;
        var loss = losses.Count == 1 ? losses[0] : BatchLoss(g, spec, losses, names);
        return new Network(spec, g.Build(loss), weights, biases);
    }

    /// <summary>The spec of <paramref name="network"/> with some parameters replaced: <paramref name="values"/> maps a parameter node to its new value (a shared bias stands for its whole layer).</summary>
    /// <param name="spec">The spec the network was built from.</param>
    /// <param name="network">The network, whose weight and bias lists give each node's place in the spec.</param>
    /// <param name="values">The new values; parameters not in it keep theirs.</param>
    public static NetworkSpec WithParameters(NetworkSpec spec, Network network, IReadOnlyDictionary<Node, Real> values)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(values);
        Real ValueOf(Node n) => values.TryGetValue(n, out var v) ? v : n.Value;

        var w = 0;
        var b = 0;
        var weights = new List<IReadOnlyList<IReadOnlyList<Real>>>();
        var biases = new List<IReadOnlyList<Real>>();
        for (var l = 0; l + 1 < spec.LayerSizes.Count; l++)
        {
            var rows = new List<IReadOnlyList<Real>>();
            for (var j = 0; j < spec.LayerSizes[l + 1]; j++)
            {
                var row = new Real[spec.LayerSizes[l]];
                for (var k = 0; k < row.Length; k++)
                {
                    row[k] = ValueOf(network.Weights[w++]);
                }

                rows.Add(row);
            }

            weights.Add(rows);
            if (spec.BiasPolicy == BiasPolicy.PerNeuron)
            {
                var layer = new Real[spec.LayerSizes[l + 1]];
                for (var j = 0; j < layer.Length; j++)
                {
                    layer[j] = ValueOf(network.Biases[b++]);
                }

                biases.Add(layer);
            }
            else
            {
                biases.Add(Enumerable.Repeat(ValueOf(network.Biases[b++]), spec.LayerSizes[l + 1]).ToArray());
            }
        }

        return spec with { Weights = weights, Biases = biases };
    }

    private static Node BatchLoss(GraphBuilder g, NetworkSpec spec, List<Node> losses, Naming names)
    {
        var (name, symbol) = spec.Loss is LossKind.HalfSumOfSquares or LossKind.BinaryCrossEntropy ? names.Total() : ("L", "L");
        return g.Apply(spec.Reduction == SampleReduction.Mean ? Ops.Mean : Ops.Sum, losses, name, symbol);
    }

    private static Node AddLoss(GraphBuilder g, LossKind loss, IReadOnlyList<Real> values, List<Node> outputs, Naming names)
    {
        var targets = new List<Node>();
        for (var j = 0; j < outputs.Count; j++)
        {
            var (name, symbol) = names.Target(j);
            targets.Add(g.Target(name, symbol, values[j]));
        }

        switch (loss)
        {
            case LossKind.HalfSumOfSquares:
            {
                var errors = new List<Node>();
                for (var j = 0; j < outputs.Count; j++)
                {
                    var (name, symbol) = names.Error(j);
                    errors.Add(g.Apply(Ops.HalfSquaredError, [outputs[j], targets[j]], name, symbol));
                }

                var (totalName, totalSymbol) = names.Total();
                return g.Apply(Ops.Sum, errors, totalName, totalSymbol);
            }

            case LossKind.MeanSquaredError:
            {
                var errors = new List<Node>();
                for (var j = 0; j < outputs.Count; j++)
                {
                    var (name, symbol) = names.Error(j);
                    errors.Add(g.Apply(Ops.SquaredError, [outputs[j], targets[j]], name, symbol));
                }

                var (lossName, lossSymbol) = names.Loss();
                return g.Apply(Ops.Mean, errors, lossName, lossSymbol);
            }

            case LossKind.BinaryCrossEntropy:
            {
                var errors = new List<Node>();
                for (var j = 0; j < outputs.Count; j++)
                {
                    var (name, symbol) = names.Error(j);
                    errors.Add(g.Apply(Ops.BinaryCrossEntropy, [outputs[j], targets[j]], name, symbol));
                }

                var (totalName, totalSymbol) = names.Total();
                return g.Apply(Ops.Sum, errors, totalName, totalSymbol);
            }

            default:
            {
                var probabilities = new List<Node>();
                for (var j = 0; j < outputs.Count; j++)
                {
                    var (name, symbol) = names.Probability(j);
                    probabilities.Add(g.Apply(Ops.Softmax(j), outputs, name, symbol));
                }

                var (lossName, lossSymbol) = names.Loss();
                return g.Apply(Ops.CrossEntropy, [.. probabilities, .. targets], lossName, lossSymbol);
            }
        }
    }

    /// <summary>What a name is of, for the cache of <see cref="Naming"/>.</summary>
    private enum NameKind : byte
    {
        Input,
        Weight,
        LayerBias,
        NeuronBias,
        Net,
        Out,
        Target,
        Error,
        Probability,
        Total,
        Loss,
    }

    /// <summary>Everything a node's name and symbol are made from but the spec's symbols (the cache's own key): 0 for an unused index, and for no sample.</summary>
    private readonly record struct NameKey(NameKind Kind, bool Notes, int L, int J, int K, int Number, bool Output, int Sample);

    /// <summary>Names and symbols already made for one spec's symbols, kept for every network built with them (a training run builds one a step).</summary>
    private sealed class NameCache
    {
        /// <summary>The most names kept per table of symbols: beyond, names are made each time (a long-running process building many shapes stays bounded).</summary>
        private const int MaxNames = 1 << 16;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<NameKey, (string, string)> _names = new();
        private int _count;

        public bool TryGet(NameKey key, out (string, string) named) => _names.TryGetValue(key, out named);

        public void Add(NameKey key, (string, string) named)
        {
            if (Volatile.Read(ref _count) < MaxNames && _names.TryAdd(key, named))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }

    private sealed class Naming(bool notes, IReadOnlyDictionary<string, string> symbols)
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, string>, NameCache> Caches = new();

        private readonly NameCache _cache = Caches.GetValue(symbols, _ => new NameCache());

        /// <summary>Gets or sets the 1-based sample whose nodes are being named, or null for one sample (no suffix) and for the batch loss.</summary>
        public int? Sample { get; set; }

        public (string, string) Input(int k) => Get(NameKind.Input, k: k);

        public (string, string) Weight(int l, int j, int k, int number) => Get(NameKind.Weight, l, j, k, number);

        public (string, string) LayerBias(int l) => Get(NameKind.LayerBias, l);

        public (string, string) NeuronBias(int l, int j, bool output) => Get(NameKind.NeuronBias, l, j, output: output);

        public (string, string) Net(int l, int j, bool output) => Get(NameKind.Net, l, j, output: output);

        public (string, string) Out(int l, int j, bool output) => Get(NameKind.Out, l, j, output: output);

        public (string, string) Target(int j) => Get(NameKind.Target, j: j);

        public (string, string) Error(int j) => Get(NameKind.Error, j: j);

        public (string, string) Probability(int j) => Get(NameKind.Probability, j: j);

        public (string, string) Total() => Get(NameKind.Total);

        public (string, string) Loss() => Get(NameKind.Loss);

        private static string Unit(int j, bool output) => (output ? "o" : "h") + (j + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>The name and symbol of the key, from the cache or made and kept; a parameter's are the same in every sample.</summary>
        private (string, string) Get(NameKind kind, int l = 0, int j = 0, int k = 0, int number = 0, bool output = false)
        {
            var parameter = kind is NameKind.Weight or NameKind.LayerBias or NameKind.NeuronBias;
            var key = new NameKey(kind, notes, l, j, k, number, output, parameter ? 0 : Sample ?? 0);
            if (_cache.TryGet(key, out var named))
            {
                return named;
            }

            named = Make(key);
            _cache.Add(key, named);
            return named;
        }

        private (string, string) Make(NameKey key)
        {
            var (l, j, k) = (key.L + 1, key.J + 1, key.K + 1);
            return key.Kind switch
            {
                NameKind.Input => S(key, notes ? ($"i{k}", $"i_{{{k}}}") : ($"x{k}", $"x_{{{k}}}")),
                NameKind.Weight => P(notes ? ($"w{key.Number}", $"w_{{{key.Number}}}") : ($"W{l}_{j}_{k}", $"W^{{({l})}}_{{{j},{k}}}")),
                NameKind.LayerBias => P(notes ? ($"b{l}", $"b_{{{l}}}") : ($"b{l}", $"b^{{({l})}}")),
                NameKind.NeuronBias => P(notes ? ($"b_{Unit(key.J, key.Output)}", $"b_{{{Unit(key.J, key.Output)}}}") : ($"b{l}_{j}", $"b^{{({l})}}_{{{j}}}")),
                NameKind.Net => S(key, notes ? ($"net_{Unit(key.J, key.Output)}", $"\\mathrm{{net}}_{{{Unit(key.J, key.Output)}}}") : ($"z{l}_{j}", $"z^{{({l})}}_{{{j}}}")),
                NameKind.Out => S(key, notes ? ($"out_{Unit(key.J, key.Output)}", $"\\mathrm{{out}}_{{{Unit(key.J, key.Output)}}}") : ($"a{l}_{j}", $"a^{{({l})}}_{{{j}}}")),
                NameKind.Target => S(key, notes ? ($"target_o{j}", $"\\mathrm{{target}}_{{o{j}}}") : ($"y{j}", $"y_{{{j}}}")),
                NameKind.Error => S(key, notes ? ($"E_o{j}", $"E_{{o{j}}}") : ($"E{j}", $"E_{{{j}}}")),
                NameKind.Probability => S(key, ($"p{j}", $"p_{{{j}}}")),
                NameKind.Total => S(key, notes ? ("E_total", "E_{\\mathrm{total}}") : ("E", "E")),
                _ => S(key, ("L", "L")),
            };
        }

        /// <summary>A parameter's name and its symbol, the spec's own where it gives one.</summary>
        private (string, string) P((string Name, string Symbol) n) => (n.Name, symbols.GetValueOrDefault(n.Name, n.Symbol));

        /// <summary>The name suffixed with [s] and the symbol with the superscript [s], for sample s of several; the spec's symbol for the name, or for the suffixed name, replaces the default.</summary>
        private (string, string) S(NameKey key, (string Name, string Symbol) n)
        {
            var symbol = symbols.GetValueOrDefault(n.Name, n.Symbol);
            if (key.Sample == 0)
            {
                return (n.Name, symbol);
            }

            var s = key.Sample;
            var name = string.Create(CultureInfo.InvariantCulture, $"{n.Name}[{s}]");
            return (name, symbols.GetValueOrDefault(name, string.Create(CultureInfo.InvariantCulture, $"{{{symbol}}}^{{[{s}]}}")));
        }
    }
}
