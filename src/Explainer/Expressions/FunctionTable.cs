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
    ];

    private static readonly FrozenDictionary<string, FunctionSignature> ByName =
        Rows.ToFrozenDictionary(row => row.Name, StringComparer.Ordinal);

    /// <summary>Gets the function names in table order.</summary>
    public static IEnumerable<string> Names => Rows.Select(row => row.Name);

    public static bool TryGet(string name, [NotNullWhen(true)] out FunctionSignature? signature) =>
        ByName.TryGetValue(name, out signature);

    public static bool Contains(string name) => ByName.ContainsKey(name);
}
