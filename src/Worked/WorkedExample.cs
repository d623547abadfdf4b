using Explainer.Checking;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Worked;

/// <summary>A worked example from the course notes: its inputs, the builder call that makes its graph, and what the notes print.</summary>
/// <param name="Id">A stable identifier, e.g. <c>net-2-2-2</c>.</param>
/// <param name="Title">A human title.</param>
/// <param name="Summary">One or two sentences on what the example shows.</param>
/// <param name="DefaultPolicy">The example's own bias policy, for network examples; null for expression graphs.</param>
/// <param name="Claims">The values the source prints, as printed.</param>
/// <param name="Errata">Slips in the source that are not numbers.</param>
public sealed record WorkedExample(
    string Id,
    string Title,
    string Summary,
    BiasPolicy? DefaultPolicy,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Erratum> Errata)
{
    /// <summary>Gets the function that builds and runs the example under a bias policy (ignored by expression graphs).</summary>
    public required Func<BiasPolicy?, WorkedRun> Runner { get; init; }

    /// <summary>Gets the optimizer <c>train</c> uses when none is named on the command line; null for SGD at the example's rate.</summary>
    public OptimizerSettings? Optimizer { get; init; }

    /// <summary>Gets the author's remarks on steps, keyed by quantity (<c>grad:w1</c>); empty for none.</summary>
    public IReadOnlyDictionary<string, string> Remarks { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets a value indicating whether the lesson also shows the gradients of the fixed inputs.</summary>
    public bool ShowInputGradients { get; init; }

    /// <summary>Gets how many steps <c>train</c> takes when <c>--steps</c> is not given.</summary>
    public int Steps { get; init; } = 1;

    /// <summary>Runs the example: forward, backward, updates and claim checks.</summary>
    /// <exception cref="ArgumentException">A bias policy is given for an example that has no biases.</exception>
    public WorkedRun Run(BiasPolicy? policy = null)
    {
        if (policy is not null && DefaultPolicy is null)
        {
            throw new ArgumentException($"{Id} is an expression graph and has no biases; --bias-policy applies to networks only");
        }

        return Runner(policy ?? DefaultPolicy);
    }
}
