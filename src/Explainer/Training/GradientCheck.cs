using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>One parameter's numerical gradient check: the central difference against backpropagation's gradient.</summary>
/// <param name="Parameter">The parameter's name.</param>
/// <param name="Symbol">The parameter's LaTeX symbol.</param>
/// <param name="Epsilon">The step ε.</param>
/// <param name="LossPlus">E(θ + ε).</param>
/// <param name="LossMinus">E(θ − ε).</param>
/// <param name="Numerical">(E(θ + ε) − E(θ − ε)) / 2ε.</param>
/// <param name="Backprop">∂E/∂θ from the backward pass.</param>
public sealed record GradientCheckRow(string Parameter, string Symbol, Real Epsilon, Real LossPlus, Real LossMinus, Real Numerical, Real Backprop)
{
    /// <summary>Gets the numerical estimate minus the backpropagated gradient: O(ε²), the central difference's truncation error.</summary>
    public Real Difference => Numerical - Backprop;

    /// <summary>Gets |difference| / max(|numerical|, |backprop|), the usual relative error of a gradient check; zero when both are zero.</summary>
    public Real RelativeError
    {
        get
        {
            // max(|a|, |b|) without comparing them: two certified values a hair apart (ε tiny) need not be ordered.
            var a = ExactMath.Abs(Numerical);
            var b = ExactMath.Abs(Backprop);
            var scale = (a + b + ExactMath.Abs(a - b)) / 2;
            return scale.IsZero ? Real.Zero : ExactMath.Abs(Difference) / scale;
        }
    }
}

/// <summary>The notes' numerical check of backpropagation (001:878): nudge one parameter by ±ε, rerun the forward pass, compare slopes.</summary>
/// <remarks>Every loss is exact or certified, so the difference printed is the method's own error, with no floating-point noise on top.</remarks>
public static class GradientCheck
{
    /// <summary>The smallest ε accepted: the method's error is then about 10⁻²⁰⁰, and smaller steps only cost precision.</summary>
    public static readonly Real MinEpsilon = Real.Parse("1e-100");

    /// <summary>The largest ε accepted: a nudge, not a jump.</summary>
    public static readonly Real MaxEpsilon = Real.One;

    /// <summary>Checks every parameter of the network (weights, then biases; frozen biases too: their gradient exists even if unused).</summary>
    /// <exception cref="ArgumentException">ε is not between <see cref="MinEpsilon"/> and <see cref="MaxEpsilon"/>.</exception>
    public static IReadOnlyList<GradientCheckRow> Run(NetworkSpec spec, Real epsilon)
    {
        ArgumentNullException.ThrowIfNull(spec);
        CheckEpsilon(epsilon);
        var network = NetworkBuilder.Build(spec);
        return Run(Backward.Run(network.Graph), [.. network.Weights, .. network.Biases], epsilon);
    }

    /// <summary>Checks the gradient of a graph's output with respect to each of <paramref name="parameters"/> (leaves of the graph): the graph is evaluated again, exactly, with the one leaf nudged by ±ε.</summary>
    /// <param name="trace">The backward trace whose gradients are checked.</param>
    /// <param name="parameters">The leaves to nudge, in the order the rows come.</param>
    /// <param name="epsilon">The nudge ε.</param>
    /// <returns>One row per parameter.</returns>
    /// <exception cref="ArgumentException">ε is not between <see cref="MinEpsilon"/> and <see cref="MaxEpsilon"/>, or a parameter is not a leaf of the graph.</exception>
    public static IReadOnlyList<GradientCheckRow> Run(Trace trace, IReadOnlyList<Node> parameters, Real epsilon)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        CheckEpsilon(epsilon);
        var graph = trace.Graph;
        var rows = new List<GradientCheckRow>();
        foreach (var p in parameters)
        {
            if (p.Op is not null || graph.Find(p.Name) != p)
            {
                throw new ArgumentException($"'{p.Name}' is not a leaf of this graph; only inputs and parameters can be nudged");
            }

            var plus = OutputWith(graph, p, p.Value + epsilon);
            var minus = OutputWith(graph, p, p.Value - epsilon);
            var numerical = (plus - minus) / (2 * epsilon);
            rows.Add(new GradientCheckRow(p.Name, p.Symbol, epsilon, plus, minus, numerical, trace.Gradient(p)));
        }

        return rows;
    }

    private static void CheckEpsilon(Real epsilon)
    {
        if (epsilon.Sign <= 0)
        {
            throw new ArgumentException($"epsilon must be positive; got {epsilon}");
        }

        if (epsilon < MinEpsilon || epsilon > MaxEpsilon)
        {
            throw new ArgumentException($"epsilon must be between {MinEpsilon} and {MaxEpsilon}; got {epsilon}");
        }
    }

    /// <summary>The graph's output with one leaf's value replaced: every node evaluated again, in order, by its own op.</summary>
    private static Real OutputWith(ComputationGraph graph, Node leaf, Real value)
    {
        var values = new Real[graph.Nodes.Count];
        foreach (var node in graph.Nodes)
        {
            values[node.Id] = node == leaf ? value
                : node.Op is null ? node.Value
                : node.Op.Forward([.. node.Inputs.Select(i => values[i.Id])]);
        }

        return values[graph.Output.Id];
    }
}
