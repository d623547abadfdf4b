using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Worked;

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
        catch (SpecFileException e)
        {
            // A spec file that did not load: every problem at its line and column, one a line, as a compiler prints them.
            foreach (var message in e.Messages)
            {
                error.WriteLine(message);
            }

            return SpecFileError;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or RealDomainException
                                      or RealLimitException or DivideByZeroException or IOException or UnauthorizedAccessException
                                      or InvalidOperationException or TemplateException or TimeoutException)
        {
            error.WriteLine($"explainer: error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Exit code of a spec file that does not load (the same as a command line that does not parse).</summary>
    public const int SpecFileError = 2;

    /// <summary>The help text of a command's example argument.</summary>
    public const string ExampleArgument = "The example id (see `explainer list`) or a spec file (.yaml, .yml or .json; see `explainer new network`).";

    /// <summary>The help text of a network command's example argument.</summary>
    public const string NetworkArgument = "A network example (see `explainer list`), e.g. net-2-2-2, or a network spec file (.yaml, .yml or .json).";

    /// <summary>The network spec of a network example under a bias policy; an expression graph is refused naming the command.</summary>
    public static Networks.NetworkSpec NetworkSpecOf(Worked.WorkedExample example, Networks.BiasPolicy? policy, string command, string why = "")
    {
        if (example.DefaultPolicy is null)
        {
            var networks = string.Join(", ", Worked.Catalogue.All.Where(e => e.DefaultPolicy is not null).Select(e => e.Id));
            throw new ArgumentException($"{example.Id} is an expression graph{why}; {command} needs a network example ({networks})");
        }

        return example.Run(policy).Network!.Spec;
    }

    /// <summary>Parses an option's exact decimal, naming the option when it is not one; null stays null.</summary>
    public static Real? ParseExact(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return Real.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{option}: {e.Message}", e);
        }
    }
}
