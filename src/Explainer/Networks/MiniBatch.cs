using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Networks;

/// <summary>A traced mini-batch read sample by sample: each sample's nodes and loss, the shared parameters once, the batch loss, and each parameter's gradient as the sum or mean of the samples' gradients.</summary>
/// <remarks>
/// The one place that knows how a batch graph is laid out; the terminal tables and the lessons group what they show by it.
/// Sample s's nodes are those its loss depends on, the shared parameters left out. Every number is read from the batch
/// trace: a parameter's edges into sample s's nodes carry ∂E/∂E⁽ˢ⁾ · ∂E⁽ˢ⁾/∂θ between them, so sample s's own gradient
/// ∂E⁽ˢ⁾/∂θ is their contributions' sum over ∂E/∂E⁽ˢ⁾ (1 for a sum, 1/n for a mean; with one edge under a sum, the
/// contribution itself), and the batch gradient ∂E/∂θ, the trace's, is the sum (or the mean) of the samples' own.
/// </remarks>
public sealed class MiniBatch
{
    private readonly Dictionary<Node, MiniBatchGradient> _byParameter;

    private MiniBatch(SampleReduction reduction, Trace trace, IReadOnlyList<MiniBatchSample> samples, IReadOnlyList<Node> parameters, IReadOnlyList<MiniBatchGradient> gradients)
    {
        Reduction = reduction;
        Trace = trace;
        Samples = samples;
        Parameters = parameters;
        Gradients = gradients;
        _byParameter = gradients.ToDictionary(g => g.Parameter);
    }

    /// <summary>Gets how the samples' losses combine into <see cref="Loss"/>.</summary>
    public SampleReduction Reduction { get; }

    /// <summary>Gets the reduction's word, as a spec file writes it: <c>sum</c> or <c>mean</c>.</summary>
    public string ReductionName => Reduction == SampleReduction.Mean ? "mean" : "sum";

    /// <summary>Gets the backward trace of the batch loss.</summary>
    public Trace Trace { get; }

    /// <summary>Gets the batch loss: the sum or the mean of the samples' losses.</summary>
    public Node Loss => Trace.Graph.Output;

    /// <summary>Gets the samples, in the spec's order.</summary>
    public IReadOnlyList<MiniBatchSample> Samples { get; }

    /// <summary>Gets the parameters every sample shares: the weights, then the biases.</summary>
    public IReadOnlyList<Node> Parameters { get; }

    /// <summary>Gets each parameter's gradient, with the samples' gradients it is the sum or the mean of, in <see cref="Parameters"/> order.</summary>
    public IReadOnlyList<MiniBatchGradient> Gradients { get; }

    /// <summary>Gets the gradient of one of the <see cref="Parameters"/>.</summary>
    /// <exception cref="KeyNotFoundException">The node is not a parameter of the batch.</exception>
    public MiniBatchGradient Gradient(Node parameter)
        => _byParameter.TryGetValue(parameter, out var g) ? g : throw new KeyNotFoundException($"'{parameter.Name}' is not a parameter of this batch");

    /// <summary>Reads the batch of a traced network, or returns null for a network of one sample (which shows as it always has).</summary>
    /// <param name="network">The network, built from a spec with several samples.</param>
    /// <param name="trace">The backward trace of its graph.</param>
    /// <exception cref="ArgumentException">The trace is not of the network's graph, or the graph is not laid out as the builder lays out a batch.</exception>
    public static MiniBatch? Of(Network network, Trace trace)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(trace);
        if (!ReferenceEquals(trace.Graph.Output, network.Graph.Output))
        {
            throw new ArgumentException("the trace is not of this network's graph", nameof(trace));
        }

        if (network.Spec.Samples.Count == 1)
        {
            return null;
        }

        // The builder makes the batch loss last, over the samples' losses in order.
        var graph = network.Graph;
        var losses = graph.Output.Inputs;
        if (losses.Count != network.Spec.Samples.Count)
        {
            throw new ArgumentException($"the loss '{graph.Output.Name}' combines {losses.Count} nodes, not the spec's {network.Spec.Samples.Count} samples", nameof(network));
        }

        // sampleOf[id] is the 1-based sample of a node, 0 for the parameters and the batch loss.
        var sampleOf = new int[graph.Nodes.Count];
        var samples = losses.Select((loss, s) => Sample(s + 1, loss, sampleOf)).ToList();
        var parameters = (IReadOnlyList<Node>)[.. network.Weights, .. network.Biases];
        var upstream = losses.Select(trace.Gradient).ToList();
        var gradients = parameters.Select(p => Gradient(trace, p, sampleOf, upstream)).ToList();
        return new MiniBatch(network.Spec.Reduction, trace, samples, parameters, gradients);
    }

    /// <summary>Sample s's own gradient of a parameter from the parameter's contributions through that sample's nodes.</summary>
    private static MiniBatchGradient Gradient(Trace trace, Node parameter, int[] sampleOf, List<Real> upstream)
    {
        var shares = new List<EdgeStep>[upstream.Count];
        foreach (var edge in trace.Contributions(parameter))
        {
            var s = sampleOf[edge.Consumer.Id];
            if (s == 0)
            {
                throw new ArgumentException($"'{parameter.Name}' feeds '{edge.Consumer.Name}', which belongs to no sample");
            }

            (shares[s - 1] ??= []).Add(edge);
        }

        var own = new Real[upstream.Count];
        for (var s = 0; s < own.Length; s++)
        {
            var edges = shares[s] ?? [];
            var share = edges.Count == 1 ? edges[0].Contribution : Real.Sum([.. edges.Select(e => e.Contribution)]);
            own[s] = upstream[s].Equals(Real.One) ? share : share / upstream[s];
        }

        return new MiniBatchGradient(parameter, own, trace.Gradient(parameter));
    }

    private static MiniBatchSample Sample(int number, Node loss, int[] sampleOf)
    {
        // Everything the sample's loss depends on but the shared parameters: a walk that stops at them, so each sample
        // costs its own size however many come before it.
        var pending = new Stack<Node>([loss]);
        var nodes = new List<Node>();
        sampleOf[loss.Id] = number;
        while (pending.TryPop(out var node))
        {
            nodes.Add(node);
            foreach (var input in node.Inputs)
            {
                if (sampleOf[input.Id] == 0 && input.Kind is not (NodeKind.Parameter or NodeKind.Constant))
                {
                    sampleOf[input.Id] = number;
                    pending.Push(input);
                }
            }
        }

        nodes.Sort((a, b) => a.Id.CompareTo(b.Id));

        // The outputs are what the loss compares with the targets: the other inputs of the nodes that read a target.
        var outputs = nodes
            .Where(n => n.Inputs.Any(i => i.Kind == NodeKind.Target))
            .SelectMany(n => n.Inputs.Where(i => i.Kind != NodeKind.Target))
            .Distinct()
            .ToList();
        return new MiniBatchSample(
            number,
            [.. nodes.Where(n => n.Kind == NodeKind.Input)],
            [.. nodes.Where(n => n.Kind == NodeKind.Target)],
            nodes,
            outputs,
            loss);
    }
}
