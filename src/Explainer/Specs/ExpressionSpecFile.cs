using Explainer.Checking;
using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Specs;

/// <summary>A <c>kind: expression</c> spec file, loaded: the statements, what their free names are bound to, and what a command needs to run and check them.</summary>
/// <param name="Id">The example's id.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Summary">Its summary, or null.</param>
/// <param name="Program">The statements, parsed.</param>
/// <param name="Bindings">The inputs, parameters and targets with their values, the named constants, and the symbols from <c>names</c>.</param>
/// <param name="Rate">The learning rate of one gradient-descent step on the parameters, or null for gradients only.</param>
/// <param name="Claims">The values printed in the author's material.</param>
/// <param name="Errata">The slips in the author's material that are not numbers.</param>
public sealed record ExpressionSpecFile(
    string Id,
    string? Title,
    string? Summary,
    ExpressionProgram Program,
    ExpressionBindings Bindings,
    Real? Rate,
    IReadOnlyList<SpecClaim> Claims,
    IReadOnlyList<Erratum> Errata)
{
    /// <summary>Gets the author's remarks on steps, keyed by quantity (<c>grad:w1</c>); empty for none.</summary>
    public IReadOnlyDictionary<string, string> Remarks { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets a value indicating whether the lesson also shows the gradients of the fixed inputs (<c>show: [input-gradients]</c>).</summary>
    public bool ShowInputGradients { get; init; }

    /// <summary>Builds the computation graph; the loader has built it once already, so this cannot fail.</summary>
    /// <returns>The graph.</returns>
    public ComputationGraph BuildGraph()
        => ExpressionGraph.Build(Program, Bindings).Graph ?? throw new InvalidOperationException($"{Id}: the expression no longer builds");
}
