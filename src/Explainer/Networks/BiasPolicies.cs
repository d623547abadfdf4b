using System.Diagnostics.CodeAnalysis;
using Explainer.Expressions;

namespace Explainer.Networks;

/// <summary>The names of the bias policies, as commands and files write them: <c>frozen</c>, <c>shared</c>, <c>per-neuron</c>.</summary>
public static class BiasPolicies
{
    private static readonly string[] PolicyNames = ["frozen", "shared", "per-neuron"];

    /// <summary>Gets every policy's name, in the order of <see cref="BiasPolicy"/>.</summary>
    public static IReadOnlyList<string> Names => PolicyNames;

    /// <summary>Gets the name of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a policy.</exception>
    public static string Name(BiasPolicy policy) => policy is >= BiasPolicy.Frozen and <= BiasPolicy.PerNeuron
        ? PolicyNames[(int)policy]
        : throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a bias policy.");

    /// <summary>Reads a policy's name exactly as <see cref="Name"/> writes it.</summary>
    /// <param name="text">The name.</param>
    /// <param name="policy">The policy, when the name is one.</param>
    /// <param name="error">What is wrong, when it is not: "unknown bias policy 'frozn'; did you mean 'frozen'?", or the list of names when nothing is close.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a policy.</returns>
    public static bool TryParse(string? text, out BiasPolicy policy, [NotNullWhen(false)] out string? error)
    {
        var index = text is null ? -1 : Array.IndexOf(PolicyNames, text);
        policy = index < 0 ? default : (BiasPolicy)index;
        error = index >= 0
            ? null
            : Suggestions.Closest(text ?? string.Empty, PolicyNames) is { } closest
                ? $"unknown bias policy '{text}'; did you mean '{closest}'?"
                : $"unknown bias policy '{text}'; use frozen, shared or per-neuron";
        return error is null;
    }

    /// <summary>Reads a policy's name exactly as <see cref="Name"/> writes it.</summary>
    /// <exception cref="FormatException">The text names no policy; the message says which names do.</exception>
    public static BiasPolicy Parse(string text)
        => TryParse(text, out var policy, out var error) ? policy : throw new FormatException(error);
}
