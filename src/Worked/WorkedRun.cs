using Explainer.Checking;
using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Worked;

/// <summary>The result of running a worked example: its graph, its trace, its updates and the verdict on every claim.</summary>
public sealed class WorkedRun
{
    internal WorkedRun(WorkedExample example, ComputationGraph graph, BiasPolicy? policy, Network? network, IReadOnlyList<ParameterUpdate> updates, Trace trace)
    {
        Example = example;
        Graph = graph;
        Policy = policy;
        Network = network;
        Updates = updates;
        Trace = trace;
        _checks = new Lazy<IReadOnlyList<ClaimCheck>>(() => example.Claims.Select(c => ClaimChecker.Check(c, Resolve(c.Quantity))).ToList());
    }

    private readonly Lazy<IReadOnlyList<ClaimCheck>> _checks;

    /// <summary>Gets the example that was run.</summary>
    public WorkedExample Example { get; }

    /// <summary>Gets the computation graph.</summary>
    public ComputationGraph Graph { get; }

    /// <summary>Gets the bias policy used, for networks.</summary>
    public BiasPolicy? Policy { get; }

    /// <summary>Gets the network, for network examples.</summary>
    public Network? Network { get; }

    /// <summary>Gets the backward trace.</summary>
    public Trace Trace { get; }

    /// <summary>Gets the learning rate of the updates: the network's, or an expression's rate; null when nothing is updated.</summary>
    public Real? LearningRate
    {
        get => _learningRate ?? Network?.Spec.LearningRate;
        init => _learningRate = value;
    }

    private readonly Real? _learningRate;

    /// <summary>Gets the gradient descent updates, in parameter order.</summary>
    public IReadOnlyList<ParameterUpdate> Updates { get; }

    /// <summary>Gets the verdict on each claim, in the order the source prints them.</summary>
    public IReadOnlyList<ClaimCheck> Checks => _checks.Value;

    /// <summary>Certifies every value of the trace to <paramref name="digits"/> significant digits: node values, gradients, local partials, contributions, updates.</summary>
    /// <returns>The number of characters displayed, so that benchmarks keep the work alive.</returns>
    public int Certify(int digits)
    {
        var count = 0;
        foreach (var node in Graph.Nodes)
        {
            count += Show(node.Value, digits) + Show(Trace.Gradient(node), digits);
        }

        foreach (var edge in Trace.Edges)
        {
            count += Show(edge.Partial, digits) + Show(edge.Contribution, digits);
        }

        foreach (var update in Updates)
        {
            count += Show(update.New, digits);
        }

        return count;
    }

    /// <summary>Certifies the loss and every updated parameter to <paramref name="digits"/> digits: the values the peers' <c>mlp_arb</c> certifies of its step.</summary>
    /// <returns>The number of characters displayed, so that benchmarks keep the work alive.</returns>
    public int CertifyUpdates(int digits)
    {
        var count = Show(Graph.Output.Value, digits);
        foreach (var update in Updates)
        {
            count += Show(update.New, digits);
        }

        return count;
    }

    private static int Show(Real value, int digits) => value.IsZero ? 1 : value.Format(digits).Text.Length;

    /// <summary>Writes the run's golden values as JSON: every value, partial, gradient and update to <paramref name="digits"/> significant digits, with provenance (the example, the bias policy, the sources its claims cite).</summary>
    /// <param name="stream">Where the JSON goes; left open.</param>
    /// <param name="digits">Significant digits of every approximate value.</param>
    public void WriteGolden(Stream stream, int digits)
    {
        var provenance = new GoldenProvenance(Example.Id, digits, Policy, [.. Example.Claims.Select(c => c.Source).Distinct()]);
        GoldenWriter.Write(stream, provenance, Trace, Updates, Checks);
    }

    /// <summary>Gathers what a lesson needs from this run.</summary>
    public LessonSource ToLessonSource()
    {
        var parameters = Network is { } n ? [.. n.Weights, .. n.Biases] : Graph.Nodes.Where(x => x.Kind == NodeKind.Parameter).ToList();
        var setting = Network is { } net
            ? Message.Of("setting.network", ("rate", net.Spec.LearningRate), ("policy", Message.Of("policy." + BiasPolicies.Name(net.Spec.BiasPolicy))))
            : LearningRate is { } rate ? Message.Of("setting.expression_update", ("rate", rate)) : Message.Of("setting.expression");
        return new LessonSource(Example.Id, Example.Title, Example.Summary, setting, Trace, parameters, Updates, Checks, LearningRate)
        {
            Batch = Network is { } batch ? MiniBatch.Of(batch, Trace) : null,
            Deltas = Network is not null,
            PrintedAfterUpdate = PostValues.AfterUpdate(Example.Id, Policy),
            Biases = Network is { } biased ? biased.Biases.ToHashSet() : new HashSet<Node>(),
            Remarks = Example.Remarks,
            ShowInputGradients = Example.ShowInputGradients,
        };
    }

    /// <summary>Resolves a quantity key written as text (<c>value:out_h1</c>, <c>grad:w5</c>, <c>partial:out_o1/net_o1</c>, <c>path:net_o1/out_h1</c>, <c>update:w5</c>).</summary>
    /// <exception cref="FormatException">The text is not a quantity key.</exception>
    /// <exception cref="KeyNotFoundException">The key names nothing in this run.</exception>
    public Real Resolve(string quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return Resolve(QuantityKey.Parse(quantity));
    }

    /// <summary>Resolves a quantity key: a node's value or gradient, an edge's partial or contribution, a parameter's update.</summary>
    /// <exception cref="KeyNotFoundException">The key names nothing in this run.</exception>
    public Real Resolve(QuantityKey quantity) => quantity.Kind switch
    {
        QuantityKind.Value => Graph[quantity.Name].Value,
        QuantityKind.Gradient => Trace.Gradient(quantity.Name),
        QuantityKind.Partial => Trace.Edge(quantity.Name, quantity.Input!).Partial,
        QuantityKind.Path => Trace.Edge(quantity.Name, quantity.Input!).Contribution,
        QuantityKind.Update => Updates.FirstOrDefault(u => u.Parameter.Name == quantity.Name)?.New ?? throw new KeyNotFoundException($"{Example.Id} does not update '{quantity.Name}'"),
        _ => throw new KeyNotFoundException($"unknown quantity '{quantity}'"),
    };
}
