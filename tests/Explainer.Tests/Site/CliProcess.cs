using System.Diagnostics;

namespace Explainer.Tests.Site;

/// <summary>The CLI as a child process that a test can give an environment, or kill before it ends.</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>explainer</c> (the build copied next to the tests, or <paramref name="explainerDll"/>) without waiting for it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string? explainerDll, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(explainerDll ?? Path.Combine(AppContext.BaseDirectory, "explainer.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the CLI to its end (at most two minutes) and returns its exit code and output.</summary>
    public static Cli.Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => Finish(Start(workingDirectory, environment, null, arguments), arguments);

    /// <summary>Waits for a started CLI and returns its exit code and output.</summary>
    public static Cli.Result Finish(Process process, string[] arguments)
    {
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"explainer {string.Join(' ', arguments)} did not finish within 2 minutes");
            }

            return new Cli.Result(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>Starts the CLI, lets it run for <paramref name="delay"/>, then kills it with SIGKILL (no chance to clean up).</summary>
    public static void KillAfter(TimeSpan delay, string workingDirectory, params string[] arguments)
    {
        using var process = Start(workingDirectory, null, null, arguments);
        if (!process.WaitForExit(delay))
        {
            process.Kill(); // SIGKILL on Unix
        }

        process.WaitForExit();
    }
}
