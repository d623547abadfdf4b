using Explainer.Checking;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>One line of a worked lesson: a symbolic formula, the same with numbers substituted, and the result.</summary>
/// <param name="Anchor">A stable id for links, e.g. <c>forward-net-h1</c> or <c>backward-w5</c>.</param>
/// <param name="Kind">The part of the lesson.</param>
/// <param name="Node">The name of the node the step is about.</param>
/// <param name="Target">The TeX of what is computed, e.g. <c>\frac{\partial E_{total}}{\partial w_{5}}</c>.</param>
/// <param name="Symbolic">The TeX formula in symbols; empty for given values.</param>
/// <param name="Substituted">The TeX formula with numbers substituted; empty for given values.</param>
/// <param name="Value">The exact or certified value.</param>
/// <param name="ValueText">The value as displayed: proven digits only.</param>
/// <param name="Claims">What the notes print for this quantity, with the verdict.</param>
/// <param name="Note">A remark, e.g. why a bias is not updated, as a message for the string table; null for none.</param>
public sealed record LessonStep(
    string Anchor,
    StepKind Kind,
    string Node,
    string Target,
    string Symbolic,
    string Substituted,
    Real Value,
    string ValueText,
    IReadOnlyList<ClaimCheck> Claims,
    Message? Note)
{
    /// <summary>Gets the local partials this step uses first, each with its op's rule and the rule with numbers, derived before the step's own equation.</summary>
    public IReadOnlyList<LocalRule> Rules { get; init; } = [];

    /// <summary>Gets each path's share of the gradient as a number of its own, for a computed node that feeds several others; their sum is the step.</summary>
    public IReadOnlyList<PathTerm> Paths { get; init; } = [];

    /// <summary>Gets the whole chain in symbols where a δ is first used for a weight (∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5), so the reader sees what δ stands for; empty otherwise.</summary>
    public string Chain { get; init; } = string.Empty;

    /// <summary>Gets a remark on how the step is taken, said before its equations (the hidden layer uses the weights before the update), as a message; null for none.</summary>
    public Message? Remark { get; init; }

    /// <summary>Gets what a learner's number for this step is judged against; null for a given value.</summary>
    public StepAnswer? Answer { get; init; }

    /// <summary>Gets the author's remark on the step's quantity (from the example's <c>remarks</c>), said after its note; null for none.</summary>
    public string? AuthorRemark { get; init; }

    /// <summary>Gets a value indicating whether the step states a given value rather than computing one.</summary>
    public bool IsGiven => Kind == StepKind.Given;

    /// <summary>Gets the displayed value as TeX, for use inside formulas (scientific notation as × 10^k).</summary>
    public string ValueTex => DisplayOptions.TexOfText(ValueText);

    /// <summary>Gets a value indicating whether the display is only a proven enclosure <c>[a, b]</c>: the engine could not decide the digits (a value that may be exactly zero).</summary>
    public bool IsUndecided => ValueText.StartsWith('[');

    /// <summary>Gets a value indicating whether the value is exact (not only certified).</summary>
    public bool IsExact => Value.IsExact;
}
