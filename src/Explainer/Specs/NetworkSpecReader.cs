using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Specs;

/// <summary>The checks of a <c>kind: network</c> spec that its schema cannot state (exact numbers, limits, names), and the building of the <see cref="NetworkSpec"/>.</summary>
/// <remarks>
/// It runs after the schema and tolerates what the schema already refused: a value of the wrong type is skipped here,
/// so each problem is reported once. The shapes (lengths of lists, rows, entries) are not checked here but by
/// <see cref="NetworkSpec.Validate"/>, whose problems are reported at the nodes they are about. Layers are numbered as in
/// the notes' 002: the input layer is layer 0.
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

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex IntegerPattern();

    private sealed class Reader(SpecDiagnostics diagnostics)
    {
        private readonly SpecGraphChecks _checks = new(diagnostics);

        /// <summary>Whether every part of the spec was read as written; false once anything unreadable stood in (see <see cref="Spec"/>).</summary>
        private bool _complete = true;

        public NetworkSpecFile? Network(SpecNode root)
        {
            var failedBefore = diagnostics.Count;
            var id = Text(root.Get("id"));
            var title = Text(root.Get("title"));
            var summary = Text(root.Get("summary"));
            var sizes = Layers(root.Get("layers"));
            var policy = Policy(root.Get("bias_policy"));
            var loss = Loss(root.Get("loss"));
            var reduction = root.Get("reduction") is { IsScalar: true, Text: "mean" } ? SampleReduction.Mean : SampleReduction.Sum;
            var rateNode = root.Get("learning_rate");
            var rate = Number(rateNode, "learning_rate");
            var (optimizer, steps) = Optimizer(root.Get("optimizer"), rate, rateNode);
            var spec = sizes is null ? null : Spec(root, sizes, policy, loss, reduction, rate);
            if (diagnostics.Count > failedBefore || !_complete || id is null || spec is null || loss is null || rate is null || optimizer is null)
            {
                // Names and claims are checked against the built graph: without one, only their form was checked.
                return null;
            }

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

            var names = _checks.Names(root.Get("names"), network.Graph);
            var claims = _checks.Claims(root.Get("claims"), network.Graph, network.Trainable);
            return new NetworkSpecFile(id, title, summary, spec with { Symbols = names }, optimizer, steps, reduction, names, claims) { Errata = SpecGraphChecks.Errata(root.Get("errata")), ShowInputGradients = SpecGraphChecks.ShowsInputGradients(root.Get("show")) };
        }

        private static string? Text(SpecNode? node) => SpecGraphChecks.Text(node);

        private Real? Number(SpecNode? node, string what) => _checks.Number(node, what);

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

        /// <summary>Reads the network's lists as written, whatever their shapes, and reports each problem <see cref="NetworkSpec.Validate"/> finds at the node it is about.</summary>
        /// <remarks>
        /// The shapes are checked in one place, <see cref="NetworkSpec.Validate"/>, for files and for code alike. What could not
        /// be read (a value the schema refused, a number that is none) stands in with the shape and value Validate expects, so
        /// that only what was written is reported; so do a loss and a rate that could not be read. The spec is used only when
        /// nothing stood in.
        /// </remarks>
        private NetworkSpec Spec(SpecNode root, List<int> sizes, BiasPolicy policy, LossKind? loss, SampleReduction reduction, Real? rate)
        {
            var spec = new NetworkSpec(
                sizes,
                Activations(root.Get("activations"), sizes, loss, root.Get("loss")),
                Weights(root.Get("weights"), sizes),
                Biases(root.Get("biases"), sizes),
                Samples(root.Get("samples"), sizes),
                reduction,
                loss ?? LossKind.HalfSumOfSquares,
                rate ?? Real.One,
                policy);
            foreach (var problem in spec.Validate())
            {
                diagnostics.Add(At(root, problem.Location), problem.Message);
            }

            return spec;
        }

        /// <summary>Finds the node a location is about: the part's value, then its items as far as the indices go and the items exist.</summary>
        /// <remarks>A list with entries missing has no index for them, so the location is the list itself.</remarks>
        private static SpecNode At(SpecNode root, NetworkSpecLocation location)
        {
            Func<SpecNode, SpecNode?>[] steps = location.Part is NetworkSpecPart.Inputs or NetworkSpecPart.Targets
                ? [n => n.Get("samples"), n => Item(n, location.Sample), n => n.Get(location.Part == NetworkSpecPart.Inputs ? "inputs" : "targets"), n => Item(n, location.Row)]
                : [n => n.Get(Key(location.Part)), n => Item(n, location.Layer), n => Item(n, location.Row), n => Item(n, location.Column)];
            var node = root;
            foreach (var step in steps)
            {
                if (step(node) is not { } next)
                {
                    break;
                }

                node = next;
            }

            return node;
        }

        private static SpecNode? Item(SpecNode node, int? index)
            => index is { } i && node.Kind == SpecNodeKind.Sequence && i < node.Items.Count ? node.Items[i] : null;

        private static string Key(NetworkSpecPart part) => part switch
        {
            NetworkSpecPart.LayerSizes => "layers",
            NetworkSpecPart.Activations => "activations",
            NetworkSpecPart.Weights => "weights",
            NetworkSpecPart.Biases => "biases",
            NetworkSpecPart.Loss => "loss",
            _ => "samples",
        };

        private static Real[] Zeros(int count) => [.. Enumerable.Repeat(Real.Zero, count)];

        /// <summary>Stands in for an activation that could not be read (already reported): the one the loss asks of the output layer, linear elsewhere.</summary>
        private static Activation Neutral(int layer, int last, LossKind? loss)
            => layer == last && loss == LossKind.BinaryCrossEntropy ? Activation.Sigmoid : Activation.Linear;

        private List<Activation> Activations(SpecNode? node, List<int> sizes, LossKind? loss, SpecNode? lossNode)
        {
            var last = sizes.Count - 1;
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                _complete = false;
                return [.. Enumerable.Range(1, last).Select(layer => Neutral(layer, last, loss))];
            }

            // Which activation is the output layer's is known only when there is one per layer; Validate reports the count.
            var placed = node.Items.Count == last;
            var result = new List<Activation>();
            for (var i = 0; i < node.Items.Count; i++)
            {
                var activation = ReadActivation(node.Items[i], i + 1, placed ? last : null, loss, lossNode);
                _complete &= activation is not null;
                result.Add(activation ?? Neutral(i + 1, last, loss));
            }

            return result;
        }

        /// <summary>Reads one activation; null when it cannot be used (reported here or by the schema).</summary>
        /// <param name="item">The activation as written.</param>
        /// <param name="layer">The layer it is for, 1-based.</param>
        /// <param name="last">The output layer, or null when the activations are not one per layer (then the checks of the output layer wait).</param>
        /// <param name="loss">The loss, when it was read.</param>
        /// <param name="lossNode">The loss as written.</param>
        private Activation? ReadActivation(SpecNode item, int layer, int? last, LossKind? loss, SpecNode? lossNode)
        {
            var nameNode = item.IsScalar ? item : item.Get("name");
            if (nameNode is not { IsScalar: true })
            {
                return null;
            }

            var name = nameNode.Text;
            if (item.IsScalar && name is "leaky_relu" or "elu")
            {
                // The schema asks for the alpha.
                return null;
            }

            var alpha = item.Kind == SpecNodeKind.Mapping ? item.Get("alpha") : null;
            if (name is "leaky_relu" or "elu" && item.Kind == SpecNodeKind.Mapping && alpha is null)
            {
                Add(item, $"activation '{name}' of layer {layer} needs its alpha: write {{name: {name}, alpha: 0.01}}");
                return null;
            }

            if (alpha is not null && name is not ("leaky_relu" or "elu"))
            {
                Add(alpha, $"activation '{name}' of layer {layer} takes no alpha");
                return null;
            }

            if (name == "softmax" && last is not null && layer != last)
            {
                Add(nameNode, $"softmax is allowed on the output layer only (layer {last}); layer {layer} is hidden");
                return null;
            }

            if (!EngineActivations.Contains(name))
            {
                // The schema reported the unknown name.
                return null;
            }

            Real? alphaValue = null;
            if (alpha is not null)
            {
                alphaValue = Number(alpha, string.Create(CultureInfo.InvariantCulture, $"layer {layer} activation alpha"));
                if (alphaValue is null)
                {
                    return null;
                }
            }

            if (name == "softmax" && last is not null && loss is not null && loss != LossKind.SoftmaxCrossEntropy && lossNode is not null)
            {
                Add(lossNode, $"activation 'softmax' on the output layer needs loss softmax_cross_entropy; got {lossNode.Text}");
                return null;
            }

            if (layer == last && loss == LossKind.BinaryCrossEntropy && name != "sigmoid")
            {
                Add(nameNode, $"loss binary_cross_entropy needs activation 'sigmoid' on the output layer (layer {last}), whose outputs lie in (0, 1); got '{name}'");
                return null;
            }

            if (layer == last && loss == LossKind.SoftmaxCrossEntropy && name != "softmax")
            {
                Add(nameNode, $"loss softmax_cross_entropy needs activation 'softmax' on the output layer (layer {last}); got '{name}'");
                return null;
            }

            return name switch
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
            };
        }

        private List<IReadOnlyList<IReadOnlyList<Real>>> Weights(SpecNode? node, List<int> sizes)
        {
            var last = sizes.Count - 1;
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                _complete = false;
                return [.. Enumerable.Range(0, last).Select(l => Matrix(sizes[l + 1], sizes[l]))];
            }

            var result = new List<IReadOnlyList<IReadOnlyList<Real>>>();
            for (var i = 0; i < node.Items.Count; i++)
            {
                // A matrix past the output layer is only counted.
                var (neurons, columns) = i < last ? (sizes[i + 1], sizes[i]) : (0, 0);
                var layer = i + 1;
                var matrix = node.Items[i];
                if (matrix.Kind != SpecNodeKind.Sequence)
                {
                    _complete = false;
                    result.Add(Matrix(neurons, columns));
                    continue;
                }

                var rows = new List<IReadOnlyList<Real>>();
                for (var j = 0; j < matrix.Items.Count; j++)
                {
                    var row = matrix.Items[j];
                    if (row.Kind != SpecNodeKind.Sequence)
                    {
                        _complete = false;
                        rows.Add(Zeros(columns));
                        continue;
                    }

                    var rowNumber = j + 1;
                    _complete &= NumbersOf(row, k => $"layer {layer} weights, row {rowNumber}, column {k}", out var values);
                    rows.Add(values);
                }

                result.Add(rows);
            }

            return result;
        }

        private static IReadOnlyList<IReadOnlyList<Real>> Matrix(int rows, int columns) => [.. Enumerable.Range(0, rows).Select(_ => Zeros(columns))];

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

        private List<IReadOnlyList<Real>> Biases(SpecNode? node, List<int> sizes)
        {
            var last = sizes.Count - 1;
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                _complete = false;
                return [.. Enumerable.Range(1, last).Select(layer => Zeros(sizes[layer]))];
            }

            var result = new List<IReadOnlyList<Real>>();
            for (var i = 0; i < node.Items.Count; i++)
            {
                var layer = i + 1;
                var neurons = layer <= last ? sizes[layer] : 1;
                var item = node.Items[i];
                if (item.IsScalar)
                {
                    // One number is the layer's bias, one per neuron all equal: its shape is right as written.
                    var value = Number(item, string.Create(CultureInfo.InvariantCulture, $"layer {layer} bias"));
                    _complete &= value is not null;
                    result.Add([.. Enumerable.Repeat(value ?? Real.Zero, neurons)]);
                }
                else if (item.Kind == SpecNodeKind.Sequence)
                {
                    // With an entry unread, whether the entries differ is not known: the stand-in keeps the count only.
                    var read = NumbersOf(item, j => $"layer {layer} biases, entry {j}", out var values);
                    _complete &= read;
                    result.Add(read ? values : Zeros(values.Count));
                }
                else
                {
                    _complete = false;
                    result.Add(Zeros(neurons));
                }
            }

            return result;
        }

        private List<NetworkSample> Samples(SpecNode? node, List<int> sizes)
        {
            List<NetworkSample> neutral = [new NetworkSample(Zeros(sizes[0]), Zeros(sizes[^1]))];
            if (node is not { Kind: SpecNodeKind.Sequence } || node.Items.Count == 0)
            {
                _complete = false;
                return neutral;
            }

            if (node.Items.Count > SpecLimits.MaxSamples)
            {
                Add(node, $"samples: {node.Items.Count} samples; the limit is {SpecLimits.MaxSamples}");
                return neutral;
            }

            long weights = 0;
            for (var l = 0; l + 1 < sizes.Count; l++)
            {
                weights += (long)sizes[l] * sizes[l + 1];
            }

            if (weights * node.Items.Count > SpecLimits.MaxBatchWeights)
            {
                Add(node, $"samples: {node.Items.Count} samples of a network of {weights} weights make {weights * node.Items.Count} multiply-adds per step; the limit is {SpecLimits.MaxBatchWeights} (weights times samples)");
                return neutral;
            }

            var samples = new List<NetworkSample>();
            for (var s = 0; s < node.Items.Count; s++)
            {
                var sample = node.Items[s];
                var inputs = Vector(sample.Get("inputs"), sizes[0], $"sample {s + 1}: inputs");
                var targets = Vector(sample.Get("targets"), sizes[^1], $"sample {s + 1}: targets");
                samples.Add(new NetworkSample(inputs, targets));
            }

            return samples;
        }

        private IReadOnlyList<Real> Vector(SpecNode? node, int size, string what)
        {
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                _complete = false;
                return Zeros(size);
            }

            _complete &= NumbersOf(node, i => $"{what}, entry {i}", out var values);
            return values;
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
    }
}
