using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Explainer.Expressions;

/// <summary>The built-in functions an expression may call; add a row here to add a function to the language.</summary>
internal static class FunctionTable
{
    private static readonly FunctionSignature[] Rows =
    [
        new("exp", 1, "x"),
        new("log", 1, "x"),
        new("ln", 1, "x"),
        new("sqrt", 1, "x"),
        new("tanh", 1, "x"),
        new("sigmoid", 1, "x"),
        new("erf", 1, "x"),
        new("relu", 1, "x"),
        new("abs", 1, "x"),
        new("softplus", 1, "x"),
        new("swish", 1, "x"),
        new("gelu", 1, "x"),
        new("leaky_relu", 1, "x", "slope"),
        new("elu", 1, "x", "alpha"),
        new("sum", 1, "x1", "x2", "…") { Repeat = 1, AllOperands = true },
        new("weighted_sum", 3, "w1", "x1", "w2", "x2", "…", "b") { Repeat = 2, AllOperands = true },
        new("half_squared_error", 2, "out", "target") { AllOperands = true },
    ];

    private static readonly FrozenDictionary<string, FunctionSignature> ByName =
        Rows.ToFrozenDictionary(row => row.Name, StringComparer.Ordinal);

    /// <summary>Gets the function names in table order.</summary>
    public static IEnumerable<string> Names => Rows.Select(row => row.Name);

    /// <summary>Finds a function by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out FunctionSignature? signature) =>
        ByName.TryGetValue(name, out signature);

    /// <summary>Whether a name is a function's.</summary>
    public static bool Contains(string name) => ByName.ContainsKey(name);
}
