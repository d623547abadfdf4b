using System.CommandLine;

namespace Explainer.Cli;

/// <summary>The root of the <c>explainer</c> command line.</summary>
internal static class ExplainerCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Explainer: exact, step-by-step worked lessons of backpropagation.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ExpressionCommands.Eval());
        root.Subcommands.Add(ExpressionCommands.Grad());
        root.Subcommands.Add(CatalogueCommands.List());
        root.Subcommands.Add(CatalogueCommands.Show());
        root.Subcommands.Add(CatalogueCommands.Golden());
        root.Subcommands.Add(CatalogueCommands.Bench());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(GradCheckCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}
