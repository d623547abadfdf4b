using System.Collections.Frozen;
using Explainer.Numbers;

namespace Explainer.Expressions;

/// <summary>What an expression program's free names are bound to: variables (inputs, parameters, targets), named constants, and how each name is shown.</summary>
public sealed record ExpressionBindings
{
    /// <summary>Gets the variables, in the order they were listed.</summary>
    public IReadOnlyList<ExpressionVariable> Variables { get; init; } = [];

    /// <summary>Gets the named constants (<c>three = 3</c>): one node each, shown by its value, made at its first use.</summary>
    public IReadOnlyList<KeyValuePair<string, Real>> Constants { get; init; } = [];

    /// <summary>Gets the TeX symbol of a name, where it is not the default (<c>out_h1</c> → <c>\mathrm{out}_{h1}</c>).</summary>
    public IReadOnlyDictionary<string, string> Symbols { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Gets the name of the output when the last statement is a bare expression (the notes call the objective J).</summary>
    public string OutputName { get; init; } = "J";
}
