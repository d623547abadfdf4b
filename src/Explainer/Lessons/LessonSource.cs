using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Lessons;

/// <summary>What a lesson is built from: the trace of a worked example, its updates, its claims and words about it.</summary>
/// <param name="Id">The example's id.</param>
/// <param name="Title">The title.</param>
/// <param name="Summary">What the example shows.</param>
/// <param name="Setting">The settings (learning rate, bias policy), as a message for the string table.</param>
/// <param name="Trace">The backward trace (its graph holds the forward values).</param>
/// <param name="Parameters">Every parameter the lesson should account for, updated or not.</param>
/// <param name="Updates">The updates the bias policy allowed.</param>
/// <param name="Checks">The source's claims with their verdicts.</param>
/// <param name="LearningRate">The step size η, or null for an example without an update step.</param>
public sealed record LessonSource(
    string Id,
    string Title,
    string Summary,
    Message Setting,
    Trace Trace,
    IReadOnlyList<Node> Parameters,
    IReadOnlyList<ParameterUpdate> Updates,
    IReadOnlyList<ClaimCheck> Checks,
    Real? LearningRate)
{
    /// <summary>Gets the mini-batch the trace is of, which lays the lesson out sample by sample; null for one sample or a graph that is not a network.</summary>
    public MiniBatch? Batch { get; init; }

    /// <summary>Gets a value indicating whether the graph is a network's, whose weighted sums are neurons' net inputs: each gets its δ = ∂E/∂net, and the steps below it reuse δ instead of repeating the chain.</summary>
    public bool Deltas { get; init; }

    /// <summary>Gets what another source prints for the error after the update, checked against it on the page; null for none.</summary>
    public PrintedValue? PrintedAfterUpdate { get; init; }
    /// <summary>Gets the parameters that are biases, which a bias policy may hold back; empty for a graph that is not a network.</summary>
    public IReadOnlySet<Node> Biases { get; init; } = new HashSet<Node>();

    /// <summary>Gets a value indicating whether the backward pass also shows the gradients of fixed inputs (<see cref="NodeKind.Input"/>); they are left out otherwise, save those a claim checks.</summary>
    public bool ShowInputGradients { get; init; }

    /// <summary>Gets the author's remarks on steps, keyed by quantity (<c>grad:w1</c>), said after a step's own note; empty for none.</summary>
    public IReadOnlyDictionary<string, string> Remarks { get; init; } = new Dictionary<string, string>();
}
