using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Specs;

/// <summary>The checks of a <c>kind: network</c> spec that its schema cannot state (shapes, lengths, exact numbers, limits, names), and the building of the <see cref="NetworkSpec"/>.</summary>
/// <remarks>
/// It runs after the schema and tolerates what the schema already refused: a value of the wrong type is skipped here,
/// so each problem is reported once. Layers are numbered as in the notes' 002: the input layer is layer 0.
/// </remarks>
internal static partial class NetworkSpecReader
{
    /// <summary>The activations a network can be built with (the schema's list).</summary>
    private static readonly string[] EngineActivations = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "swish", "gelu", "linear", "softmax"];

    public static NetworkSpecFile? Read(SpecNode root, SpecDiagnostics diagnostics)
    {
        var reader = new Reader(diagnostics);
        return reader.Network(root);
    }

    [GeneratedRegex(@"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(\s*/\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)?\s*$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex IntegerPattern();

    private sealed class Reader(SpecDiagnostics diagnostics)
    {
        public NetworkSpecFile? Network(SpecNode root)
        {
            var failedBefore = diagnostics.Count;
            var id = Text(root.Get("id"));
            var title = Text(root.Get("title"));
            var summary = Text(root.Get("summary"));
            var sizes = Layers(root.Get("layers"));
            var policy = Policy(root.Get("bias_policy"));
            var loss = Loss(root.Get("loss"));
            var activations = sizes is null ? null : Activations(root.Get("activations"), sizes, loss, root.Get("loss"));
            var weights = sizes is null ? null : Weights(root.Get("weights"), sizes);
            var biases = sizes is null ? null : Biases(root.Get("biases"), sizes, policy);
            var sample = sizes is null ? null : Samples(root.Get("samples"), sizes);
            var reduction = root.Get("reduction") is { IsScalar: true, Text: "mean" } ? SampleReduction.Mean : SampleReduction.Sum;
            var rateNode = root.Get("learning_rate");
            var rate = Number(rateNode, "learning_rate");
            var (optimizer, steps) = Optimizer(root.Get("optimizer"), rate, rateNode);
            if (diagnostics.Count > failedBefore || id is null || sizes is null || activations is null || weights is null
                || biases is null || sample is null || loss is null || rate is null || optimizer is null)
            {
                // Names and claims are checked against the built graph: without one, only their form was checked.
                return null;
            }

            var spec = new NetworkSpec(sizes, activations, weights, biases, sample, reduction, loss.Value, rate.Value, policy);
            Network network;
            try
            {
                network = NetworkBuilder.Build(spec);
            }
            catch (ArgumentException e)
            {
                diagnostics.Add(root, e.Message);
                return null;
            }
            catch (ArithmeticException e)
            {
                diagnostics.Add(root.KeyNode("weights") ?? root, "the forward pass cannot be computed with these weights, biases and inputs: " + e.Message.TrimEnd('.'));
                return null;
            }

            var checks = new SpecGraphChecks(diagnostics);
            var names = checks.Names(root.Get("names"), network.Graph);
            var claims = checks.Claims(root.Get("claims"), network.Graph, network.Trainable);
            return new NetworkSpecFile(id, title, summary, spec with { Symbols = names }, optimizer, steps, reduction, names, claims) { Errata = SpecGraphChecks.Errata(root.Get("errata")) };
        }

        private static string Plural(int n, string one, string many) => n == 1 ? one : many;

        private static string? Text(SpecNode? node) => node is { IsScalar: true } && !node.IsNull ? node.Text : null;

        private static string LayerName(int layer, int last) => layer == 0
            ? "layer 0 (the input layer)"
            : layer == last ? string.Create(CultureInfo.InvariantCulture, $"layer {layer} (the output layer)") : string.Create(CultureInfo.InvariantCulture, $"layer {layer}");

        private void Add(SpecNode node, FormattableString message) => diagnostics.Add(node, message.ToString(CultureInfo.InvariantCulture));

        private void AddUnlessReported(SpecNode node, FormattableString message)
        {
            if (!diagnostics.HasAt(node.Span.Start))
            {
                Add(node, message);
            }
        }

        private List<int>? Layers(SpecNode? node)
        {
            if (node is not { Kind: SpecNodeKind.Sequence } || node.Items.Count < 2)
            {
                return null;
            }

            if (node.Items.Count > SpecLimits.MaxLayers)
            {
                Add(node, $"layers: {node.Items.Count} layers; the limit is {SpecLimits.MaxLayers}, the input layer included");
                return null;
            }

            var sizes = new List<int>();
            var ok = true;
            long weights = 0;
            for (var l = 0; l < node.Items.Count; l++)
            {
                var item = node.Items[l];
                if (!item.IsScalar || !IntegerPattern().IsMatch(item.Text) || item.Quoted)
                {
                    // The schema refused most such values; 1e5, which it takes for an integer, is refused here.
                    AddUnlessReported(item, $"layer {l}: write the number of neurons in digits, e.g. 2; got '{item.Text}'");
                    ok = false;
                    continue;
                }

                var value = BigInteger.Parse(item.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                if (value < 1)
                {
                    ok = false;
                    continue;
                }

                if (value > SpecLimits.MaxNeuronsPerLayer)
                {
                    Add(item, $"layer {l} has {value} neurons; the limit is {SpecLimits.MaxNeuronsPerLayer} per layer");
                    ok = false;
                    continue;
                }

                if (l > 0 && sizes.Count == l)
                {
                    weights += (long)sizes[l - 1] * (int)value;
                }

                sizes.Add((int)value);
            }

            if (ok && weights > SpecLimits.MaxWeights)
            {
                Add(node, $"layers: the network has {weights} weights; the limit is {SpecLimits.MaxWeights}");
                return null;
            }

            return ok ? sizes : null;
        }

        private List<Activation>? Activations(SpecNode? node, List<int> sizes, LossKind? loss, SpecNode? lossNode)
        {
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                return null;
            }

            var last = sizes.Count - 1;
            if (node.Items.Count != last)
            {
                Add(node, $"activations: expected {last} {Plural(last, "activation", "activations")}, one per layer after the input (layers 1 to {last}); got {node.Items.Count}");
                return null;
            }

            var result = new List<Activation>();
            var ok = true;
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                var layer = i + 1;
                var nameNode = item.IsScalar ? item : item.Get("name");
                if (nameNode is not { IsScalar: true })
                {
                    ok = false;
                    continue;
                }

                var name = nameNode.Text;
                if (item.IsScalar && name is "leaky_relu" or "elu")
                {
                    // The schema asks for the alpha.
                    ok = false;
                    continue;
                }

                var alpha = item.Kind == SpecNodeKind.Mapping ? item.Get("alpha") : null;
                if (name is "leaky_relu" or "elu" && item.Kind == SpecNodeKind.Mapping && alpha is null)
                {
                    Add(item, $"activation '{name}' of layer {layer} needs its alpha: write {{name: {name}, alpha: 0.01}}");
                    ok = false;
                    continue;
                }

                if (alpha is not null && name is not ("leaky_relu" or "elu"))
                {
                    Add(alpha, $"activation '{name}' of layer {layer} takes no alpha");
                    ok = false;
                    continue;
                }

                if (name == "softmax" && layer != last)
                {
                    Add(nameNode, $"softmax is allowed on the output layer only (layer {last}); layer {layer} is hidden");
                    ok = false;
                    continue;
                }

                if (!EngineActivations.Contains(name))
                {
                    // The schema reported the unknown name.
                    ok = false;
                    continue;
                }

                Real? alphaValue = null;
                if (alpha is not null)
                {
                    alphaValue = Number(alpha, string.Create(CultureInfo.InvariantCulture, $"layer {layer} activation alpha"));
                    if (alphaValue is null)
                    {
                        ok = false;
                        continue;
                    }
                }

                if (name == "softmax" && loss is not null && loss != LossKind.SoftmaxCrossEntropy && lossNode is not null)
                {
                    Add(lossNode, $"activation 'softmax' on the output layer needs loss softmax_cross_entropy; got {lossNode.Text}");
                    ok = false;
                    continue;
                }

                if (layer == last && loss == LossKind.BinaryCrossEntropy && name != "sigmoid")
                {
                    Add(nameNode, $"loss binary_cross_entropy needs activation 'sigmoid' on the output layer (layer {last}), whose outputs lie in (0, 1); got '{name}'");
                    ok = false;
                    continue;
                }

                if (layer == last && loss == LossKind.SoftmaxCrossEntropy && name != "softmax")
                {
                    Add(nameNode, $"loss softmax_cross_entropy needs activation 'softmax' on the output layer (layer {last}); got '{name}'");
                    ok = false;
                    continue;
                }

                result.Add(name switch
                {
                    "sigmoid" => Activation.Sigmoid,
                    "tanh" => Activation.Tanh,
                    "relu" => Activation.Relu,
                    "leaky_relu" => Activation.LeakyRelu(alphaValue!.Value),
                    "elu" => Activation.Elu(alphaValue!.Value),
                    "softplus" => Activation.Softplus,
                    "swish" => Activation.Swish,
                    "gelu" => Activation.Gelu,

                    // Softmax lives in the loss: the output layer gives the logits.
                    _ => Activation.Linear,
                });
            }

            return ok ? result : null;
        }

        private List<IReadOnlyList<IReadOnlyList<Real>>>? Weights(SpecNode? node, List<int> sizes)
        {
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                return null;
            }

            var last = sizes.Count - 1;
            if (node.Items.Count != last)
            {
                Add(node, $"weights: expected {last} {Plural(last, "matrix", "matrices")}, one per layer after the input (layers 1 to {last}); got {node.Items.Count}");
                return null;
            }

            var result = new List<IReadOnlyList<IReadOnlyList<Real>>>();
            var ok = true;
            for (var i = 0; i < last; i++)
            {
                var layer = i + 1;
                var matrix = node.Items[i];
                if (matrix.Kind != SpecNodeKind.Sequence)
                {
                    ok = false;
                    continue;
                }

                if (matrix.Items.Count != sizes[layer])
                {
                    Add(matrix, $"layer {layer} weights: {matrix.Items.Count} {Plural(matrix.Items.Count, "row", "rows")}; {LayerName(layer, last)} has {sizes[layer]} {Plural(sizes[layer], "neuron", "neurons")}, one row each");
                    ok = false;
                    continue;
                }

                var rows = new List<IReadOnlyList<Real>>();
                for (var j = 0; j < matrix.Items.Count; j++)
                {
                    var row = matrix.Items[j];
                    if (row.Kind != SpecNodeKind.Sequence)
                    {
                        ok = false;
                        continue;
                    }

                    if (row.Items.Count != sizes[i])
                    {
                        Add(row, $"layer {layer} weights: row {j + 1} has {row.Items.Count} {Plural(row.Items.Count, "entry", "entries")}; {LayerName(i, last)} has {sizes[i]} {Plural(sizes[i], "neuron", "neurons")}");
                        ok = false;
                        continue;
                    }

                    var rowNumber = j + 1;
                    ok &= NumbersOf(row, k => $"layer {layer} weights, row {rowNumber}, column {k}", out var values);
                    rows.Add(values);
                }

                result.Add(rows);
            }

            return ok ? result : null;
        }

        // The schema has already refused any other name; a missing policy is the notes' frozen.
        private static BiasPolicy Policy(SpecNode? node)
            => node is { IsScalar: true } && BiasPolicies.TryParse(node.Text, out var policy, out _) ? policy : BiasPolicy.Frozen;

        private static LossKind? Loss(SpecNode? node) => node is { IsScalar: true } ? node.Text switch
        {
            "half_sum_of_squares" => LossKind.HalfSumOfSquares,
            "mean_squared_error" => LossKind.MeanSquaredError,
            "softmax_cross_entropy" => LossKind.SoftmaxCrossEntropy,
            "binary_cross_entropy" => LossKind.BinaryCrossEntropy,
            _ => null,
        } : null;

        private List<IReadOnlyList<Real>>? Biases(SpecNode? node, List<int> sizes, BiasPolicy policy)
        {
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                return null;
            }

            var last = sizes.Count - 1;
            if (node.Items.Count != last)
            {
                Add(node, $"biases: expected {last} {Plural(last, "entry", "entries")}, one per layer after the input (layers 1 to {last}); got {node.Items.Count}");
                return null;
            }

            var result = new List<IReadOnlyList<Real>>();
            var ok = true;
            for (var i = 0; i < last; i++)
            {
                var layer = i + 1;
                var item = node.Items[i];
                if (item.IsScalar)
                {
                    var value = Number(item, string.Create(CultureInfo.InvariantCulture, $"layer {layer} bias"));
                    ok &= value is not null;
                    result.Add(Enumerable.Repeat(value ?? Real.Zero, sizes[layer]).ToArray());
                    continue;
                }

                if (item.Kind != SpecNodeKind.Sequence)
                {
                    ok = false;
                    continue;
                }

                if (item.Items.Count != sizes[layer])
                {
                    Add(item, $"layer {layer} biases: {item.Items.Count} {Plural(item.Items.Count, "entry", "entries")}; {LayerName(layer, last)} has {sizes[layer]} {Plural(sizes[layer], "neuron", "neurons")} (or give one number for the layer)");
                    ok = false;
                    continue;
                }

                ok &= NumbersOf(item, j => $"layer {layer} biases, entry {j}", out var values);

                if (ok && policy != BiasPolicy.PerNeuron && !values.All(v => v.Equals(values[0])))
                {
                    Add(item, $"layer {layer} biases differ, which a {BiasPolicies.Name(policy)} bias (one per layer) cannot hold; give one number or set bias_policy: per-neuron");
                    ok = false;
                    continue;
                }

                result.Add(values);
            }

            return ok ? result : null;
        }

        private List<NetworkSample>? Samples(SpecNode? node, List<int> sizes)
        {
            if (node is not { Kind: SpecNodeKind.Sequence } || node.Items.Count == 0)
            {
                return null;
            }

            var last = sizes.Count - 1;
            if (node.Items.Count > SpecLimits.MaxSamples)
            {
                Add(node, $"samples: {node.Items.Count} samples; the limit is {SpecLimits.MaxSamples}");
                return null;
            }

            long weights = 0;
            for (var l = 0; l + 1 < sizes.Count; l++)
            {
                weights += (long)sizes[l] * sizes[l + 1];
            }

            if (weights * node.Items.Count > SpecLimits.MaxBatchWeights)
            {
                Add(node, $"samples: {node.Items.Count} samples of a network of {weights} weights make {weights * node.Items.Count} multiply-adds per step; the limit is {SpecLimits.MaxBatchWeights} (weights times samples)");
                return null;
            }

            var samples = new List<NetworkSample>();
            var ok = true;
            for (var s = 0; s < node.Items.Count; s++)
            {
                var sample = node.Items[s];
                var inputs = Vector(sample.Get("inputs"), sizes[0], $"sample {s + 1}: ", "input", LayerName(0, last));
                var targets = Vector(sample.Get("targets"), sizes[last], $"sample {s + 1}: ", "target", LayerName(last, last));
                ok &= inputs is not null && targets is not null;
                if (inputs is not null && targets is not null)
                {
                    samples.Add(new NetworkSample(inputs, targets));
                }
            }

            return ok ? samples : null;
        }

        private List<Real>? Vector(SpecNode? node, int size, string where, string what, string layerName)
        {
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                return null;
            }

            if (node.Items.Count != size)
            {
                Add(node, $"{where}{node.Items.Count} {Plural(node.Items.Count, what, what + "s")}; {layerName} has {size} {Plural(size, "neuron", "neurons")}");
                return null;
            }

            return NumbersOf(node, i => $"{where}{what}s, entry {i}", out var values) ? values : null;
        }

        /// <summary>Reads every item of a sequence as an exact number, reporting each that is not one (named by its 1-based index).</summary>
        /// <returns>Whether all were numbers; the list has zero in place of each that was not, so that its shape still holds.</returns>
        private bool NumbersOf(SpecNode sequence, Func<int, FormattableString> what, out List<Real> values)
        {
            values = new List<Real>(sequence.Items.Count);
            var ok = true;
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var value = Number(sequence.Items[i], what(i + 1).ToString(CultureInfo.InvariantCulture));
                ok &= value is not null;
                values.Add(value ?? Real.Zero);
            }

            return ok;
        }

        private (OptimizerSettings?, int) Optimizer(SpecNode? node, Real? rate, SpecNode? rateNode)
        {
            if (rate is null)
            {
                return (null, 1);
            }

            var kind = OptimizerKind.Sgd;
            var steps = 1;
            var overrides = new List<(string Name, SpecNode Node, Real Value)>();
            var ok = true;
            if (node is { Kind: SpecNodeKind.Mapping })
            {
                var name = node.Get("name");
                if (name is not { IsScalar: true } || !OptimizerSettings.Names.Contains(name.Text))
                {
                    return (null, 1);
                }

                kind = OptimizerSettings.Parse(name.Text);
                var stepsNode = node.Get("steps");
                if (stepsNode is { IsScalar: true } && !IntegerPattern().IsMatch(stepsNode.Text))
                {
                    AddUnlessReported(stepsNode, $"optimizer.steps: write the number of steps in digits, e.g. 10; got '{stepsNode.Text}'");
                    ok = false;
                }
                else if (stepsNode is { IsScalar: true } && !stepsNode.Quoted)
                {
                    var value = BigInteger.Parse(stepsNode.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    if (value > SpecLimits.MaxSteps)
                    {
                        Add(stepsNode, $"optimizer.steps: {value} steps; the limit is {SpecLimits.MaxSteps}");
                        ok = false;
                    }
                    else if (value >= 1)
                    {
                        steps = (int)value;
                    }
                }

                var settingsNames = OptimizerSettings.Defaults(kind, rate.Value).Hyperparameters.Skip(1).Select(h => h.Name).ToList();
                if (node.Get("hyperparameters") is { Kind: SpecNodeKind.Mapping } hyper)
                {
                    foreach (var (key, valueNode) in hyper.Entries)
                    {
                        if (!settingsNames.Contains(key.Text))
                        {
                            if (key.Text is "alpha" or "rho" or "rho1" or "rho2" or "delta")
                            {
                                Add(key, $"optimizer {name.Text} has no hyperparameter '{key.Text}'; {(settingsNames.Count == 0 ? "it takes none" : "it takes " + string.Join(", ", settingsNames))}");
                            }

                            ok = false;
                            continue;
                        }

                        var value = Number(valueNode, "optimizer." + key.Text);
                        if (value is null)
                        {
                            ok = false;
                            continue;
                        }

                        overrides.Add((key.Text, valueNode, value.Value));
                    }
                }
            }

            if (!ok)
            {
                return (null, steps);
            }

            var settings = OptimizerSettings.Defaults(kind, rate.Value);
            foreach (var (name, _, value) in overrides)
            {
                settings = name switch
                {
                    "alpha" => settings with { Alpha = value },
                    "rho" or "rho1" => settings with { Rho = value },
                    "rho2" => settings with { Rho2 = value },
                    _ => settings with { Delta = value },
                };
            }

            try
            {
                settings.Validate();
            }
            catch (ArgumentException e)
            {
                var at = e.Message.StartsWith("the learning rate", StringComparison.Ordinal)
                    ? rateNode!
                    : overrides.FirstOrDefault(o => e.Message.StartsWith(o.Name, StringComparison.Ordinal)).Node ?? node ?? rateNode!;
                diagnostics.Add(at, e.Message);
                return (null, steps);
            }

            return (settings, steps);
        }

        /// <summary>Reads a number from the text as written; null, and a diagnostic unless the schema already refused the form, when it is not one.</summary>
        private Real? Number(SpecNode? node, string what)
        {
            if (node is not { IsScalar: true } || node.IsNull || !NumberPattern().IsMatch(node.Text))
            {
                return null;
            }

            if (Real.TryParse(node.Text, out var value, out var error))
            {
                return value;
            }

            diagnostics.Add(node, $"{what}: {error?.TrimEnd('.')}");
            return null;
        }
    }
}
