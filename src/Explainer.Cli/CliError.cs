using Explainer.Numbers;
using Explainer.Rendering;

namespace Explainer.Cli;

/// <summary>Runs a command body and turns bad input into a one-line message and a non-zero exit code, never a stack trace.</summary>
internal static class CliError
{
    public static int Guard(Func<int> body, TextWriter? error = null)
    {
        error ??= Console.Error;
        try
        {
            return body();
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or RealDomainException
                                      or RealLimitException or DivideByZeroException or IOException or UnauthorizedAccessException
                                      or InvalidOperationException or TemplateException)
        {
            error.WriteLine($"explainer: error: {e.Message}");
            return 1;
        }
    }

    public static Networks.BiasPolicy? ParsePolicy(string? text) => text switch
    {
        null => null,
        "frozen" => Networks.BiasPolicy.Frozen,
        "shared" => Networks.BiasPolicy.Shared,
        "per-neuron" => Networks.BiasPolicy.PerNeuron,
        _ => throw new ArgumentException($"unknown bias policy '{text}'; use frozen, shared or per-neuron"),
    };

    public static string PolicyName(Networks.BiasPolicy policy) => policy switch
    {
        Networks.BiasPolicy.Frozen => "frozen",
        Networks.BiasPolicy.Shared => "shared",
        _ => "per-neuron",
    };
}
