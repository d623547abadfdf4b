using Explainer.Networks;

namespace Explainer.Worked.Tests.Support;

/// <summary>Bias policies by the names the reference files use; <c>none</c> for expression graphs.</summary>
internal static class Policies
{
    public const string None = "none";

    public static readonly string[] NetworkNames = [.. BiasPolicies.Names];

    public static BiasPolicy? Parse(string name) => name == None ? null : BiasPolicies.Parse(name);

    /// <summary>The policies an example runs under: the three for a network, <c>none</c> for an expression graph.</summary>
    public static IReadOnlyList<string> For(WorkedExample example) => example.DefaultPolicy is null ? [None] : NetworkNames;
}
