using Explainer.Graph;

namespace Explainer.Networks;

/// <summary>A traced mini-batch read sample by sample: each sample's nodes and loss, the shared parameters once, the batch loss, and each parameter's gradient as the sum or mean of the samples' gradients.</summary>
/// <remarks>
/// The one place that knows how a batch graph is laid out; the terminal tables and the lessons group what they show by it.
/// Sample s's nodes are those its loss depends on, parameters left out (they are shared). Its gradients come from its own
/// backward pass, from its loss (<see cref="MiniBatchSample.Trace"/>); the batch's from the batch trace. Since the batch
/// loss is the sum (or mean) of the samples' losses, ∂E/∂θ = Σₛ ∂E⁽ˢ⁾/∂θ (or its mean) for every parameter θ.
/// </remarks>
public sealed class MiniBatch
{
    private MiniBatch(SampleReduction reduction, Trace trace, IReadOnlyList<MiniBatchSample> samples, IReadOnlyList<Node> parameters)
    {
        Reduction = reduction;
        Trace = trace;
        Samples = samples;
        Parameters = parameters;
        Gradients = [.. parameters.Select(p => new MiniBatchGradient(p, [.. samples.Select(s => s.Trace.Gradient(p))], trace.Gradient(p)))];
    }

    /// <summary>Gets how the samples' losses combine into <see cref="Loss"/>.</summary>
    public SampleReduction Reduction { get; }

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

    /// <summary>Reads the batch of a traced network, or returns null for a network of one sample (which shows as it always has).</summary>
    /// <param name="network">The network, built from a spec with several samples.</param>
    /// <param name="trace">The backward trace of its graph.</param>
    /// <exception cref="ArgumentException">The trace is not of the network's graph.</exception>
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

        var samples = losses.Select((loss, s) => Sample(graph, s + 1, loss)).ToList();
        return new MiniBatch(network.Spec.Reduction, trace, samples, [.. network.Weights, .. network.Biases]);
    }

    private static MiniBatchSample Sample(ComputationGraph graph, int number, Node loss)
    {
        // Everything the sample's loss depends on but the shared parameters, found without recursion.
        var mine = new bool[loss.Id + 1];
        mine[loss.Id] = true;
        for (var id = loss.Id; id >= 0; id--)
        {
            if (!mine[id])
            {
                continue;
            }

            foreach (var input in graph.Nodes[id].Inputs)
            {
                mine[input.Id] = true;
            }
        }

        var nodes = graph.Nodes.Take(loss.Id + 1).Where(n => mine[n.Id] && n.Kind is not (NodeKind.Parameter or NodeKind.Constant)).ToList();
        var targets = nodes.Where(n => n.Kind == NodeKind.Target).ToList();

        // The outputs are what the loss compares with the targets: the other inputs of the nodes that read a target.
        var outputs = nodes
            .Where(n => n.Inputs.Any(i => i.Kind == NodeKind.Target))
            .SelectMany(n => n.Inputs.Where(i => i.Kind != NodeKind.Target))
            .Distinct()
            .ToList();
        return new MiniBatchSample(
            number,
            [.. nodes.Where(n => n.Kind == NodeKind.Input)],
            targets,
            nodes,
            outputs,
            loss,
            Backward.Run(graph.WithOutput(loss)));
    }
}
