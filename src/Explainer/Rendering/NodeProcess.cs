using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Explainer.Rendering;

/// <summary>Runs one Node.js script to completion, feeding it stdin and collecting stdout and stderr as UTF-8.</summary>
internal static class NodeProcess
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a finished script returned.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="StandardOutput">Everything it wrote to stdout.</param>
    /// <param name="StandardError">Everything it wrote to stderr.</param>
    public readonly record struct Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs <c>node <paramref name="script"/> <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>.</summary>
    /// <remarks>
    /// stdout and stderr are drained concurrently while stdin is written, so neither side blocks on a
    /// full pipe whatever the sizes. On timeout the whole process tree is killed.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Node.js could not be started.</exception>
    /// <exception cref="TimeoutException">The script ran longer than <paramref name="timeout"/>.</exception>
    public static Result Run(
        string script,
        IEnumerable<string> arguments,
        string? standardInput,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8NoBom,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Could not start Node.js ('node' on PATH): {e.Message}. Explainer needs Node.js 20 or later "
                + $"and its packages, installed with `{NodeTools.InstallCommand}`.", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = WriteAndCloseAsync(process.StandardInput, standardInput ?? "");

        var clock = Stopwatch.StartNew();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"node {script} did not finish within {timeout.TotalSeconds:0.#} s and was stopped (a hung tool); check that `node {script}` runs alone"));
        }
        // A grandchild that inherited the pipes could hold them open after node exits: bound that wait too.
        var left = timeout - clock.Elapsed;
        if (!Task.WaitAll([stdout, stderr, stdin], left > TimeSpan.Zero ? left : TimeSpan.Zero))
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"node {script} exited but a process it started kept its output open for {timeout.TotalSeconds:0.#} s"));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static async Task WriteAndCloseAsync(StreamWriter writer, string text)
    {
        try
        {
            await writer.WriteAsync(text).ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
            writer.Close();
        }
        catch (IOException)
        {
            // The script exited without reading all of stdin (it failed early); its exit code and
            // stderr say why, so the broken pipe itself is not the news.
        }
    }
}
