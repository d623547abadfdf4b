using Explainer.Graph;
using Explainer.Networks;

namespace Explainer.Rendering.Diagrams;

/// <summary>A network read back from its graph as the notes draw it: neurons in layers, the weight on each connection, the biases.</summary>
/// <param name="Layers">The neurons of each layer, the inputs first: the node whose value the neuron shows (an input, an activation's output, or a linear layer's net input).</param>
/// <param name="Weights">Every connection: its weight node, from neuron <c>Source</c> of layer <c>Layer</c> to neuron <c>Target</c> of the next.</param>
/// <param name="Biases">Every bias node with the layer it sits before and the neurons of the next layer it feeds.</param>
/// <param name="Targets">The target of each output neuron, or empty when the loss has none the figure can name.</param>
internal sealed record NetworkShape(
    IReadOnlyList<IReadOnlyList<Node>> Layers,
    IReadOnlyList<NetworkConnection> Weights,
    IReadOnlyList<NetworkBias> Biases,
    IReadOnlyList<Node> Targets)
{
    /// <summary>The most neurons in a layer, and the most layers, the figure draws; a bigger network is shown by its computation graph only.</summary>
    public const int MaxNeurons = 4;

    /// <inheritdoc cref="MaxNeurons"/>
    public const int MaxLayers = 4;

    /// <summary>Reads the first sample's forward pass of <paramref name="network"/>, or returns null for a network too big to draw this way.</summary>
    public static NetworkShape? Of(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var sizes = network.Spec.LayerSizes;
        if (sizes.Count > MaxLayers || sizes.Any(s => s > MaxNeurons) || network.Spec.Samples.Count != 1)
        {
            return null;
        }

        var consumers = new Dictionary<Node, List<Node>>();
        foreach (var node in network.Graph.Nodes)
        {
            foreach (var input in node.Inputs)
            {
                if (!consumers.TryGetValue(input, out var list))
                {
                    consumers[input] = list = [];
                }

                list.Add(node);
            }
        }

        var layers = new List<IReadOnlyList<Node>>();
        var weights = new List<NetworkConnection>();
        var biases = new List<NetworkBias>();
        var next = 0;
        for (var l = 0; l + 1 < sizes.Count; l++)
        {
            var neurons = new List<Node>();
            for (var j = 0; j < sizes[l + 1]; j++)
            {
                var first = network.Weights[next + (j * sizes[l])];
                var net = consumers[first].First(c => ReferenceEquals(c.Op, Ops.WeightedSum));
                if (l == 0 && j == 0)
                {
                    layers.Add([.. Enumerable.Range(0, sizes[0]).Select(k => net.Inputs[(2 * k) + 1])]);
                }

                for (var k = 0; k < sizes[l]; k++)
                {
                    weights.Add(new NetworkConnection(net.Inputs[2 * k], l, k, j));
                }

                var bias = net.Inputs[^1];
                var known = biases.FindIndex(b => ReferenceEquals(b.Node, bias));
                if (known < 0)
                {
                    biases.Add(new NetworkBias(bias, l, [j]));
                }
                else
                {
                    biases[known] = biases[known] with { Targets = [.. biases[known].Targets, j] };
                }

                var activation = consumers.GetValueOrDefault(net)?.FirstOrDefault(c => c.Inputs.Count == 1 && c.Op is not null && !ReferenceEquals(c.Op, Ops.WeightedSum));
                neurons.Add(network.Spec.Activations[l].Op() is null || activation is null ? net : activation);
            }

            next += sizes[l] * sizes[l + 1];
            layers.Add(neurons);
        }

        var targets = layers[^1]
            .Select(o => consumers.GetValueOrDefault(o)?.SelectMany(c => c.Inputs).FirstOrDefault(i => i.Kind == NodeKind.Target))
            .ToList();
        return new NetworkShape(layers, weights, biases, targets.All(t => t is not null) ? [.. targets.Select(t => t!)] : []);
    }

    /// <summary>The name a neuron is drawn with: the notes' h1 for out_h1 or net_o1, the node's name otherwise.</summary>
    public static string NeuronName(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var prefix in new[] { "out_", "net_" })
        {
            if (node.Name.StartsWith(prefix, StringComparison.Ordinal) && node.Name.Length > prefix.Length)
            {
                return node.Name[prefix.Length..];
            }
        }

        return node.Name;
    }
}

/// <summary>A weight of a network: <see cref="Weight"/> scales neuron <see cref="Source"/> of layer <see cref="Layer"/> into neuron <see cref="Target"/> of the next layer.</summary>
internal sealed record NetworkConnection(Node Weight, int Layer, int Source, int Target);

/// <summary>A bias node: it sits between layer <see cref="Layer"/> and the next, and feeds the neurons <see cref="Targets"/> of the next layer.</summary>
internal sealed record NetworkBias(Node Node, int Layer, IReadOnlyList<int> Targets);
