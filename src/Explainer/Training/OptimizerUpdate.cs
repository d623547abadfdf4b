using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>One quantity an optimizer computes on its way to the new parameter value, e.g. the velocity v or Adam's ŝ.</summary>
/// <param name="Name">A plain name: v, r, s, s_hat, r_hat, step.</param>
/// <param name="Symbol">The LaTeX symbol, e.g. <c>\hat{s}</c>.</param>
/// <param name="Formula">The LaTeX right-hand side in the notes' symbols, e.g. <c>\rho_1 s + (1 - \rho_1) g</c>.</param>
/// <param name="Template">The formula with <c>#0</c>, <c>#1</c>, … where <paramref name="Operands"/> go, for writing it out with numbers.</param>
/// <param name="Operands">The numbers the formula uses, in placeholder order (hyperparameters, the previous state, g).</param>
/// <param name="Value">The value after this step.</param>
public sealed record OptimizerQuantity(string Name, string Symbol, string Formula, string Template, IReadOnlyList<Real> Operands, Real Value)
{
    /// <summary>The formula with every operand replaced by <paramref name="format"/>'s text for it.</summary>
    public string Substitute(Func<Real, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var text = Template;
        for (var i = Operands.Count - 1; i >= 0; i--)
        {
            text = text.Replace($"#{i}", format(Operands[i]), StringComparison.Ordinal);
        }

        return text;
    }
}

/// <summary>One parameter's update at step t: θ, its gradient g, the optimizer's quantities in the order computed, and θ⁺.</summary>
/// <param name="Parameter">The parameter's node in this step's graph.</param>
/// <param name="Step">The step number t, from 1.</param>
/// <param name="Old">θ before the step.</param>
/// <param name="Gradient">g = ∂E/∂θ at θ.</param>
/// <param name="Quantities">The optimizer's state and intermediate values after the step (none for plain SGD).</param>
/// <param name="New">θ after the step.</param>
public sealed record OptimizerUpdate(Node Parameter, int Step, Real Old, Real Gradient, IReadOnlyList<OptimizerQuantity> Quantities, Real New);
