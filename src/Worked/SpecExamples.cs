using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Specs;
using Explainer.Training;

namespace Explainer.Worked;

/// <summary>Worked examples read from spec files: the same <see cref="WorkedExample"/> the catalogue gives, so every command runs both alike.</summary>
public static class SpecExamples
{
    /// <summary>The extensions that make a command-line argument a spec file even when no such file exists (so a typo is reported as a missing file).</summary>
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Whether a command's example argument names a spec file: an existing file, or a name ending in .yaml, .yml or .json.</summary>
    /// <param name="argument">The argument as given.</param>
    /// <returns>True for a file; false for an example id.</returns>
    public static bool IsSpecPath(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return Extensions.Any(e => argument.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || File.Exists(argument);
    }

    /// <summary>Finds the example a command names: a spec file (see <see cref="IsSpecPath"/>) or a catalogue id.</summary>
    /// <param name="argument">A path or an id.</param>
    /// <returns>The example.</returns>
    /// <exception cref="SpecFileException">The file did not load; it carries every diagnostic.</exception>
    /// <exception cref="KeyNotFoundException">No catalogue example has that id.</exception>
    public static WorkedExample Resolve(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (!IsSpecPath(argument))
        {
            return Catalogue.Get(argument);
        }

        return FromLoaded(SpecLoader.Load(argument));
    }

    /// <summary>Makes a worked example of a loaded spec file of either kind.</summary>
    /// <param name="result">What the loader gave.</param>
    /// <returns>The example.</returns>
    /// <exception cref="SpecFileException">The file did not load; it carries every diagnostic.</exception>
    public static WorkedExample FromLoaded(SpecLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Succeeded ? throw new SpecFileException(result.Messages)
            : result.Network is { } network ? FromSpec(network)
            : FromSpec(result.Expression!);
    }

    /// <summary>Makes a worked example of a loaded network spec: its id, title and summary, its claims, its bias policy as the default.</summary>
    /// <param name="file">The loaded spec.</param>
    /// <returns>The example; running it builds the network, runs it backward and takes one SGD step at the spec's learning rate.</returns>
    public static WorkedExample FromSpec(NetworkSpecFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var graph = NetworkBuilder.Build(file.Network).Graph;
        WorkedExample? example = null;
        example = new WorkedExample(file.Id, file.Title ?? file.Id, file.Summary ?? string.Empty, file.Network.BiasPolicy, Claims(file.Claims, graph), file.Errata)
        {
            Runner = policy => Run(example!, file.Network, policy),
            Optimizer = file.Optimizer,
            Steps = file.Steps,
            ShowInputGradients = file.ShowInputGradients,
        };
        return example;
    }

    /// <summary>Makes a worked example of a loaded expression spec: running it builds the graph, runs it backward and, when the spec gives a rate, takes one SGD step on its parameters.</summary>
    /// <param name="file">The loaded spec.</param>
    /// <returns>The example; it has no bias policy.</returns>
    public static WorkedExample FromSpec(ExpressionSpecFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var graph = file.BuildGraph();
        WorkedExample? example = null;
        example = new WorkedExample(file.Id, file.Title ?? file.Id, file.Summary ?? string.Empty, null, Claims(file.Claims, graph), file.Errata)
        {
            Runner = _ => Run(example!, file),
            Remarks = file.Remarks,
            ShowInputGradients = file.ShowInputGradients,
        };
        return example;
    }

    private static List<Claim> Claims(IReadOnlyList<SpecClaim> claims, ComputationGraph graph) => [.. claims.Select(c =>
    {
        var key = QuantityKey.Parse(c.Quantity);
        return new Claim(c.SourceFile, c.SourceLine, c.Printed, key, c.Label ?? Label(key, graph));
    })];

    private static WorkedRun Run(WorkedExample example, ExpressionSpecFile file)
    {
        var graph = file.BuildGraph();
        var trace = Backward.Run(graph);
        var updates = file.Rate is { } rate ? Sgd.Step(trace, [.. graph.Nodes.Where(n => n.Kind == NodeKind.Parameter)], rate) : [];
        return new WorkedRun(example, graph, null, null, updates, trace) { LearningRate = file.Rate };
    }

    private static WorkedRun Run(WorkedExample example, NetworkSpec spec, BiasPolicy? policy)
    {
        var chosen = policy is { } p && p != spec.BiasPolicy ? spec with { BiasPolicy = p } : spec;
        var network = NetworkBuilder.Build(chosen);
        var trace = Backward.Run(network.Graph);
        var updates = Sgd.Step(trace, network.Trainable, chosen.LearningRate);
        return new WorkedRun(example, network.Graph, chosen.BiasPolicy, network, updates, trace);
    }

    /// <summary>The quantity in the notation of the graph's own symbols, for a claim that gives no label.</summary>
    private static string Label(QuantityKey key, ComputationGraph graph)
    {
        string Symbol(string name) => graph.Find(name)?.Symbol ?? name;
        return key.Kind switch
        {
            QuantityKind.Value => Symbol(key.Name),
            QuantityKind.Gradient => $"\\frac{{\\partial {graph.Output.Symbol}}}{{\\partial {Symbol(key.Name)}}}",
            QuantityKind.Partial => $"\\frac{{\\partial {Symbol(key.Name)}}}{{\\partial {Symbol(key.Input!)}}}",
            QuantityKind.Update => Symbol(key.Name) + "^+",
            _ => key.ToString(),
        };
    }
}
