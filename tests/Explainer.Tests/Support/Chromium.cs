namespace Explainer.Tests.Support;

/// <summary>Finds the Chromium the browser tests drive, and skips those tests (or, under CI, fails them) where there is none.</summary>
/// <remarks>
/// The search order: <c>CHROMIUM_PATH</c> when it is set (and then only it: a path the user named that is
/// not there is "not found", not a cue to run some other browser), then Debian's <c>/usr/bin/chromium</c>,
/// then <c>chromium-browser</c> and <c>chromium</c> on <c>PATH</c>.
/// </remarks>
internal static class Chromium
{
    /// <summary>The environment variable that names a Chromium executable.</summary>
    public const string PathVariable = "CHROMIUM_PATH";

    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>What is missing, as every browser test says it when there is no Chromium and CHROMIUM_PATH is not set.</summary>
    public const string Missing = "Chromium not found (set CHROMIUM_PATH or install Debian's chromium: apt-get install -y chromium)";

    private static readonly string[] CommandNames = ["chromium-browser", "chromium"];

    private static int _skipped;

    private static readonly Lazy<string?> Found = new(() => Find(Environment.GetEnvironmentVariable));

    /// <summary>Gets how many browser tests this run has skipped for want of Chromium.</summary>
    public static int Skipped => Volatile.Read(ref _skipped);

    /// <summary>Gets what the skipped tests said was missing, or null when none was skipped.</summary>
    public static string? SkipReason { get; private set; }

    /// <summary>What a browser test does about Chromium.</summary>
    public enum Action
    {
        /// <summary>Drive the Chromium found.</summary>
        Run,

        /// <summary>Skip: there is none, and this is not CI.</summary>
        Skip,

        /// <summary>Fail: there is none, and under CI every browser test must run.</summary>
        Fail,
    }

    /// <summary>The Chromium executable to drive: skips the calling test where there is none, or fails it under CI.</summary>
    /// <returns>The full path of the executable.</returns>
    public static string Require()
    {
        var (action, message) = Decide(Found.Value, Environment.GetEnvironmentVariable);
        switch (action)
        {
            case Action.Run:
                return message;
            case Action.Fail:
                Assert.Fail(message);
                return string.Empty;
            default:
                Interlocked.Increment(ref _skipped);
                SkipReason = message;
                Assert.Skip($"{message}; browser tests skipped");
                return string.Empty;
        }
    }

    /// <summary>Decides what a browser test does, given the Chromium found (or null) and the environment.</summary>
    /// <returns>The action, with the executable's path (to run) or what is missing (to skip or fail).</returns>
    public static (Action Action, string Message) Decide(string? found, Func<string, string?> environment)
    {
        if (found is not null)
        {
            return (Action.Run, found);
        }

        var missing = environment(PathVariable) is { Length: > 0 } named
            ? $"Chromium not found: CHROMIUM_PATH is '{named}', which is not an executable file"
            : Missing;
        return string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? (Action.Fail, $"{missing}; CI=true, so the browser tests must run, not be skipped (.ci/run installs chromium when run as root)")
            : (Action.Skip, missing);
    }

    /// <summary>Searches for Chromium as <see cref="Require"/> does, reading the environment through <paramref name="environment"/>.</summary>
    /// <param name="environment">Gives an environment variable's value, or null when it is not set.</param>
    /// <param name="debianPath">Where Debian's package puts the browser (a parameter so that tests can point it at nothing).</param>
    /// <returns>The full path of the executable, or null when there is none.</returns>
    public static string? Find(Func<string, string?> environment, string debianPath = DebianPath)
    {
        if (environment(PathVariable) is { Length: > 0 } named)
        {
            return IsExecutableFile(named) ? Path.GetFullPath(named) : null;
        }

        if (IsExecutableFile(debianPath))
        {
            return debianPath;
        }

        var directories = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return CommandNames
            .SelectMany(name => directories.Select(directory => Path.Combine(directory, name)))
            .FirstOrDefault(IsExecutableFile);
    }

    private static bool IsExecutableFile(string path) =>
        File.Exists(path)
        && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
