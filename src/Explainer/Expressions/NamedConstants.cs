namespace Explainer.Expressions;

/// <summary>The names that denote mathematical constants and so cannot be assigned.</summary>
internal static class NamedConstants
{
    public static bool Contains(string name) => name is "pi" or "e";
}
