using System.Globalization;

namespace Explainer.Expressions;

/// <summary>A built-in function's name and parameters; parameters after the required ones are optional.</summary>
/// <param name="Name">The name as written in an expression.</param>
/// <param name="RequiredCount">How many arguments must be given.</param>
/// <param name="Parameters">The parameter names, for messages; with <see cref="Repeat"/>, the shape of one call.</param>
internal sealed record FunctionSignature(string Name, int RequiredCount, params string[] Parameters)
{
    /// <summary>Gets how the argument list may grow past <see cref="Parameters"/>: 0 for not at all, n for any number of further groups of n.</summary>
    /// <remarks><c>sum</c> repeats by 1 (x1, x2, …); <c>weighted_sum</c> by 2 (w1, x1, w2, x2, …, b).</remarks>
    public int Repeat { get; init; }

    /// <summary>Gets the most arguments a call may pass; <see cref="int.MaxValue"/> when the list repeats.</summary>
    public int MaxCount => Repeat > 0 ? int.MaxValue : Parameters.Length;

    /// <summary>Gets a value indicating whether every argument is a node of the graph (false: arguments after the first are settings, such as leaky_relu's slope).</summary>
    public bool AllOperands { get; init; }

    public bool Accepts(int count) => count >= RequiredCount && count <= MaxCount && (Repeat == 0 || (count - RequiredCount) % Repeat == 0);

    /// <summary>Describes the accepted calls, e.g. "1 argument, as in exp(x)" or "1 or 2 arguments, as in elu(x) or elu(x, alpha)".</summary>
    public string DescribeArity()
    {
        if (Repeat > 0)
        {
            var shape = $"{Name}({string.Join(", ", Parameters)})";
            return Repeat == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{RequiredCount} or more arguments, as in {shape}")
                : string.Create(CultureInfo.InvariantCulture, $"{RequiredCount}, {RequiredCount + Repeat}, {RequiredCount + (2 * Repeat)}, … arguments, as in {shape}");
        }

        var forms = Enumerable.Range(RequiredCount, MaxCount - RequiredCount + 1)
            .Select(count => $"{Name}({string.Join(", ", Parameters.Take(count))})");
        var counts = MaxCount == RequiredCount
            ? Plural(RequiredCount)
            : $"{RequiredCount} or {Plural(MaxCount)}";
        return $"{counts}, as in {string.Join(" or ", forms)}";
    }

    private static string Plural(int count) => count == 1 ? "1 argument" : $"{count} arguments";
}
