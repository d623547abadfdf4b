using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>A local partial ∂consumer/∂input derived where a step first uses it: its op's rule, the rule with numbers, the value.</summary>
/// <param name="Consumer">The name of the node computed from the input.</param>
/// <param name="Input">The name of the input node.</param>
/// <param name="Target">The TeX of the partial, e.g. <c>\frac{\partial \mathrm{out}_{o1}}{\partial \mathrm{net}_{o1}}</c>.</param>
/// <param name="Rule">The op's rule over the symbols (<see cref="Graph.EdgeStep.PartialFormula"/>), e.g. <c>\mathrm{out}_{o1}(1 - \mathrm{out}_{o1})</c>.</param>
/// <param name="Substituted">The same rule with the numbers (<see cref="Graph.EdgeStep.PartialSubstituted"/>), e.g. <c>0.7513650696(1 - 0.7513650696)</c>.</param>
/// <param name="Value">The local partial's value.</param>
/// <param name="ValueText">The value as displayed.</param>
public sealed record LocalRule(string Consumer, string Input, string Target, string Rule, string Substituted, Real Value, string ValueText)
{
    /// <summary>Gets the displayed value as TeX.</summary>
    public string ValueTex => DisplayOptions.TexOfText(ValueText);
}
