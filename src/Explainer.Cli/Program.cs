namespace Explainer.Cli;

internal static class Program
{
    private static int Main(string[] args) => ExplainerCommand.Run(args);
}
