using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>One path's share of the gradient of a node that feeds several others, as a number of its own before their sum (∂E_o1/∂out_h1 = δ_o1 · w5).</summary>
/// <param name="Consumer">The name of the node the path goes through.</param>
/// <param name="Target">The TeX of the share: the partial of the one loss term the path reaches (<c>\frac{\partial E_{o1}}{\partial \mathrm{out}_{h1}}</c>) when it is that, else the product itself.</param>
/// <param name="Symbolic">The product in symbols, e.g. <c>\delta_{o1} \cdot \frac{\partial \mathrm{net}_{o1}}{\partial \mathrm{out}_{h1}}</c>.</param>
/// <param name="Substituted">The product with numbers.</param>
/// <param name="Value">The contribution (upstream gradient × local partial).</param>
/// <param name="ValueText">The value as displayed.</param>
public sealed record PathTerm(string Consumer, string Target, string Symbolic, string Substituted, Real Value, string ValueText)
{
    /// <summary>Gets the displayed value as TeX.</summary>
    public string ValueTex => DisplayOptions.TexOfText(ValueText);
}
