using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>An operation of the graph: its forward value and the local partial with respect to each input, in one place.</summary>
/// <remarks>Formulas are LaTeX built from the input symbols; values are <see cref="Real"/>. Partials may use the output value (σ′ = out(1 − out)).</remarks>
public abstract class Op
{
    /// <summary>Gets the operation's name, e.g. <c>sigmoid</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Computes the output from the input values.</summary>
    public abstract Real Forward(IReadOnlyList<Real> inputs);

    /// <summary>Computes ∂output/∂input[<paramref name="index"/>].</summary>
    public abstract Real LocalPartial(int index, IReadOnlyList<Real> inputs, Real output);

    /// <summary>The output as a formula of the input symbols.</summary>
    public abstract string Formula(IReadOnlyList<string> inputs);

    /// <summary>∂output/∂input[<paramref name="index"/>] as a formula of the input symbols and the output's symbol.</summary>
    public abstract string LocalPartialFormula(int index, IReadOnlyList<string> inputs, string output);

    /// <summary>Whether ∂output/∂input[<paramref name="index"/>] is the value of another input (a weighted sum's ∂/∂wₖ = xₖ), and which: a trace then reads it from that input instead of keeping a copy.</summary>
    /// <param name="index">The input differentiated by.</param>
    /// <param name="inputCount">The number of inputs.</param>
    /// <param name="input">The input whose value the partial is.</param>
    internal virtual bool PartialIsInput(int index, int inputCount, out int input)
    {
        input = -1;
        return false;
    }

    /// <summary>Checks the number of inputs; throws for a programming error.</summary>
    public virtual void Validate(int inputCount)
    {
    }

    /// <summary>Wraps a symbol in parentheses unless it is atomic.</summary>
    protected static string Group(string symbol)
        => symbol.Length > 0 && (symbol.Contains(' ', StringComparison.Ordinal) || symbol[0] == '-') ? $"\\left({symbol}\\right)" : symbol;
}
