namespace Explainer.Expressions;

/// <summary>A built-in function's name and parameters; parameters after the required ones are optional.</summary>
internal sealed record FunctionSignature(string Name, int RequiredCount, params string[] Parameters)
{
    public int MaxCount => Parameters.Length;

    public bool Accepts(int count) => count >= RequiredCount && count <= MaxCount;

    /// <summary>Describes the accepted calls, e.g. "1 argument, as in exp(x)" or "1 or 2 arguments, as in elu(x) or elu(x, alpha)".</summary>
    public string DescribeArity()
    {
        var forms = Enumerable.Range(RequiredCount, MaxCount - RequiredCount + 1)
            .Select(count => $"{Name}({string.Join(", ", Parameters.Take(count))})");
        var counts = MaxCount == RequiredCount
            ? Plural(RequiredCount)
            : $"{RequiredCount} or {Plural(MaxCount)}";
        return $"{counts}, as in {string.Join(" or ", forms)}";
    }

    private static string Plural(int count) => count == 1 ? "1 argument" : $"{count} arguments";
}
