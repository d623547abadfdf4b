namespace Explainer.Tests.Cli;

/// <summary>The checks every adversarial command line must pass: the right exit code, a message that says what, and no stack trace.</summary>
internal static class Sweep
{
    /// <summary>Runs <c>explainer</c> with <paramref name="arguments"/> (separated by <c>|</c>) and checks its failure.</summary>
    public static void Refuses(string arguments, int exitCode, string message)
    {
        using var temp = new Site.TempFolder();
        var result = Site.Cli.Run(temp.Path, arguments.Split('|'));

        result.ExitCode.ShouldBe(exitCode, result.StandardError);
        result.StandardError.ShouldContain(message, Case.Sensitive);
        NoStackTrace(result);
        result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(4, result.StandardError);
    }

    public static void NoStackTrace(Site.Cli.Result result)
    {
        result.StandardError.ShouldNotContain("   at ");
        result.StandardError.ShouldNotContain("Exception");
        result.StandardOutput.ShouldNotContain("   at ");
    }
}
