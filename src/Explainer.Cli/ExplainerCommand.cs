using System.CommandLine;

namespace Explainer.Cli;

/// <summary>The root of the <c>explainer</c> command line.</summary>
internal static class ExplainerCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Explainer: exact, step-by-step worked lessons of backpropagation.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(ExpressionCommands.Eval());
        root.Subcommands.Add(ExpressionCommands.Grad());
        root.Subcommands.Add(CatalogueCommands.List());
        root.Subcommands.Add(CatalogueCommands.Show());
        root.Subcommands.Add(CatalogueCommands.Golden());
        root.Subcommands.Add(CatalogueCommands.Bench());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(GradCheckCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        return root;
    }

    /// <summary>Exit code of a command line that could not be parsed (an unknown option, a malformed value).</summary>
    public const int UsageError = 2;

    /// <summary>Parses and runs; a malformed command line gets its errors on standard error, one a line, and no help text.</summary>
    public static int Run(string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var result = Create().Parse(args);
        if (result.Errors.Count == 0)
        {
            return result.Invoke();
        }

        foreach (var e in result.Errors)
        {
            error.WriteLine($"explainer: error: {e.Message}");
        }

        var command = result.CommandResult.Command;
        var path = command is RootCommand ? "explainer" : $"explainer {command.Name}";
        error.WriteLine($"run '{path} --help' for usage");
        return UsageError;
    }
}
