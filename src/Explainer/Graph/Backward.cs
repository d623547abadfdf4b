using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The reverse pass: a walk over the nodes in reverse creation order, no recursion.</summary>
public static class Backward
{
    /// <summary>Differentiates the graph's output with respect to every node, recording every edge.</summary>
    /// <remarks>
    /// Creation order is topological, so when a node is reached every consumer has already sent its
    /// contribution; the node's gradient is their sum, taken in ascending consumer order. Nodes the output does
    /// not depend on get gradient zero and send nothing.
    /// </remarks>
    public static Trace Run(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var output = graph.Output.Id;

        // Which nodes the output depends on, and how many edges arrive at each: the arrays are sized once.
        var reached = new bool[nodes.Count];
        var arriving = new int[nodes.Count];
        reached[output] = true;
        var edgeCount = 0;
        for (var id = output; id >= 0; id--)
        {
            if (!reached[id])
            {
                continue;
            }

            foreach (var input in nodes[id].Inputs)
            {
                reached[input.Id] = true;
                arriving[input.Id]++;
                edgeCount++;
            }
        }

        var incoming = new EdgeStep[nodes.Count][];
        for (var i = 0; i < incoming.Length; i++)
        {
            incoming[i] = arriving[i] == 0 ? [] : new EdgeStep[arriving[i]];
        }

        var gradients = new Real[nodes.Count];
        var edges = new List<EdgeStep>(edgeCount);
        var values = new List<Real>();
        for (var id = output; id >= 0; id--)
        {
            if (!reached[id])
            {
                continue;
            }

            var node = nodes[id];
            gradients[id] = id == output ? Real.One : Sum(incoming[id]);
            if (node.Op is null)
            {
                continue;
            }

            values.Clear();
            foreach (var input in node.Inputs)
            {
                values.Add(input.Value);
            }

            for (var i = node.Inputs.Count - 1; i >= 0; i--)
            {
                var input = node.Inputs[i];
                var partial = node.Op.LocalPartial(i, values, node.Value);
                // An input with one consumer gets the contribution as its gradient; with more, the contributions are
                // summed from the partials as one fused dot product and made only if asked for.
                var step = incoming[input.Id].Length == 1
                    ? new EdgeStep(node, input, i, partial, gradients, gradients[id] * partial)
                    : new EdgeStep(node, input, i, partial, gradients);
                edges.Add(step);

                // Consumers arrive in descending order; filling from the back leaves them ascending.
                incoming[input.Id][--arriving[input.Id]] = step;
            }
        }

        return new Trace(graph, gradients, incoming, edges);
    }

    /// <summary>The sum of the contributions Σ upstream·partial, fused into one certified value when they are approximate (<see cref="Real.Dot"/>): one node and one rounding, not a product per edge and a sum.</summary>
    private static Real Sum(EdgeStep[] steps)
    {
        if (steps.Length == 1)
        {
            return steps[0].Contribution;
        }

        var pairs = new Real[2 * steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            pairs[2 * i] = steps[i].Upstream;
            pairs[(2 * i) + 1] = steps[i].Partial;
        }

        return Real.DotOf(pairs);
    }
}
