using System.Diagnostics;

namespace Explainer.Tests.Site;

/// <summary>Runs the built <c>explainer</c> CLI (explainer.dll, copied next to the tests) as a child process.</summary>
internal static class Cli
{
    public readonly record struct Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string workingDirectory, params string[] arguments)
        => RunAt(workingDirectory, Path.Combine(AppContext.BaseDirectory, "explainer.dll"), arguments);

    /// <summary>Runs the CLI with extra environment variables (e.g. <c>LANG</c>, <c>NO_COLOR</c>).</summary>
    public static Result RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        => RunAt(workingDirectory, Path.Combine(AppContext.BaseDirectory, "explainer.dll"), arguments, environment);

    /// <summary>Runs the CLI at <paramref name="explainerDll"/>, e.g. a copy outside the repository.</summary>
    public static Result RunAt(string workingDirectory, string explainerDll, params string[] arguments)
        => RunAt(workingDirectory, explainerDll, arguments, null);

    private static Result RunAt(string workingDirectory, string explainerDll, string[] arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var startInfo = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        startInfo.ArgumentList.Add(explainerDll);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"explainer {string.Join(' ', arguments)} did not finish within 2 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Copies the built CLI to <c>app/</c> of <paramref name="temp"/>, beside a copy of the templates, so that it runs
    /// outside the repository (and finds a <c>tools/</c> a test puts there).</summary>
    /// <returns>The copy's <c>explainer.dll</c>.</returns>
    public static string CopyBesideTemplates(TempFolder temp)
    {
        var app = temp.Combine("app");
        Directory.CreateDirectory(app);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(Course.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = temp.Combine("templates", Path.GetRelativePath(Course.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return Path.Combine(app, "explainer.dll");
    }
}
