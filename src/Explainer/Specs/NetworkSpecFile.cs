using Explainer.Checking;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Specs;

/// <summary>A <c>kind: network</c> spec file, loaded: the network and everything a command needs to run and check it.</summary>
/// <param name="Id">The example's id.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Summary">Its summary, or null.</param>
/// <param name="Network">The network, its samples and reduction, and its learning rate.</param>
/// <param name="Optimizer">The optimizer (default: SGD at the learning rate).</param>
/// <param name="Steps">How many optimizer steps to take (default 1).</param>
/// <param name="Reduction">How the samples' losses combine (default sum; with one sample both are the same); the same as <see cref="NetworkSpec.Reduction"/>.</param>
/// <param name="Names">Display names keyed by the default node names; empty when none are given.</param>
/// <param name="Claims">The values printed in the author's material.</param>
public sealed record NetworkSpecFile(
    string Id,
    string? Title,
    string? Summary,
    NetworkSpec Network,
    OptimizerSettings Optimizer,
    int Steps,
    SampleReduction Reduction,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<SpecClaim> Claims)
{
    /// <summary>Gets the slips in the author's material that are not numbers.</summary>
    public IReadOnlyList<Erratum> Errata { get; init; } = [];

    /// <summary>Gets a value indicating whether the lesson also shows the gradients of the fixed inputs (<c>show: [input-gradients]</c>).</summary>
    public bool ShowInputGradients { get; init; }
}
