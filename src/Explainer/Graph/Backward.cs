using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The reverse pass: a walk over the nodes in reverse creation order, no recursion.</summary>
public static class Backward
{
    /// <summary>Differentiates the graph's output with respect to every node, recording every edge.</summary>
    /// <remarks>
    /// Creation order is topological, so when a node is reached every consumer has already sent its
    /// contribution; the node's gradient is their sum, taken in ascending consumer order. Nodes the output does
    /// not depend on get gradient zero and send nothing. The edges are kept as flat arrays (each one's local partial,
    /// consumer and input position); <see cref="Trace"/> makes them <see cref="EdgeStep"/>s when they are first asked for.
    /// </remarks>
    public static Trace Run(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var output = graph.Output.Id;

        // Which nodes the output depends on, and how many edges arrive at each: the arrays are sized once.
        var reached = new bool[nodes.Count];
        var arriving = new int[nodes.Count + 1];
        reached[output] = true;
        var edgeCount = 0;
        for (var id = output; id >= 0; id--)
        {
            if (!reached[id])
            {
                continue;
            }

            // Indexed, not enumerated: an enumerator of an array behind IReadOnlyList is an object per node.
            var inputs = nodes[id].Inputs;
            for (var i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                reached[input.Id] = true;
                arriving[input.Id]++;
                edgeCount++;
            }
        }

        // The edges arriving at node n are incoming[start[n] .. start[n + 1]), in ascending consumer order.
        var start = new int[nodes.Count + 1];
        for (var i = 0; i < nodes.Count; i++)
        {
            start[i + 1] = start[i] + arriving[i];
        }

        // An edge's partial: k ≥ 0 is stored[k]; −(j + 1) is the value of the consumer's input j (a weighted sum's ∂/∂wₖ = xₖ, most
        // edges of a network), read from the node rather than copied.
        var partials = new int[edgeCount];
        var stored = new List<Real>();
        var consumers = new int[edgeCount];
        var indices = new int[edgeCount];
        var incoming = new int[edgeCount];
        var gradients = new Real[nodes.Count];
        var edge = 0;
        for (var id = output; id >= 0; id--)
        {
            if (!reached[id])
            {
                continue;
            }

            var node = nodes[id];
            gradients[id] = id == output ? Real.One : Sum(nodes, gradients, partials, stored, consumers, incoming.AsSpan(start[id], start[id + 1] - start[id]));
            if (node.Op is null)
            {
                continue;
            }

            // The op's partials read the inputs' values through the nodes, not a copy of them.
            var inputs = node.Inputs as Node[] ?? [.. node.Inputs];
            var values = new NodeValues(inputs);
            for (var i = inputs.Length - 1; i >= 0; i--)
            {
                var input = inputs[i];
                if (node.Op.PartialIsInput(i, inputs.Length, out var source))
                {
                    partials[edge] = -(source + 1);
                }
                else
                {
                    partials[edge] = stored.Count;
                    stored.Add(node.Op.LocalPartial(i, values, node.Value));
                }

                consumers[edge] = id;
                indices[edge] = i;

                // Consumers arrive in descending order; filling from the back leaves them ascending.
                incoming[start[input.Id] + --arriving[input.Id]] = edge;
                edge++;
            }
        }

        return new Trace(graph, gradients, new TraceEdges(partials, [.. stored], consumers, indices, start, incoming));
    }

    /// <summary>
    /// The sum of the contributions Σ upstream·partial into a node: with one consumer its product, which is also that
    /// edge's contribution; with more, one fused certified value when they are approximate (<see cref="Real.DotOf(Real[])"/>): one
    /// node and one rounding, not a product per edge and a sum.
    /// </summary>
    private static Real Sum(IReadOnlyList<Node> nodes, Real[] gradients, int[] partials, List<Real> stored, int[] consumers, ReadOnlySpan<int> edges)
    {
        Real Partial(int e) => TraceEdges.Partial(partials[e], stored, nodes[consumers[e]]);
        if (edges.Length == 1)
        {
            return gradients[consumers[edges[0]]] * Partial(edges[0]);
        }

        var pairs = new Real[2 * edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            pairs[2 * i] = gradients[consumers[edges[i]]];
            pairs[(2 * i) + 1] = Partial(edges[i]);
        }

        return Real.DotOf(pairs);
    }
}

/// <summary>A backward pass's edges as flat arrays, in the order the pass visited them (consumers from the output down).</summary>
/// <param name="Partials">Each edge's local partial ∂consumer/∂input: k ≥ 0 is <paramref name="Stored"/>[k], −(j + 1) the value of the consumer's input j.</param>
/// <param name="Stored">The partials that are not an input's value.</param>
/// <param name="Consumers">Each edge's consumer id.</param>
/// <param name="Indices">Each edge's input position among its consumer's inputs.</param>
/// <param name="Start">For node n, where its incoming edges start in <paramref name="Incoming"/> (n + 1: where they end).</param>
/// <param name="Incoming">Edge numbers grouped by input node, each group in ascending consumer order.</param>
internal sealed record TraceEdges(int[] Partials, Real[] Stored, int[] Consumers, int[] Indices, int[] Start, int[] Incoming)
{
    /// <summary>Edge e's local partial.</summary>
    public Real Partial(int e, IReadOnlyList<Node> nodes) => Partial(Partials[e], Stored, nodes[Consumers[e]]);

    /// <summary>The partial an edge's code names: k ≥ 0 is <paramref name="stored"/>[k], −(j + 1) the value of <paramref name="consumer"/>'s input j.</summary>
    public static Real Partial(int code, IReadOnlyList<Real> stored, Node consumer) => code >= 0 ? stored[code] : consumer.Inputs[-code - 1].Value;
}
