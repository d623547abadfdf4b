using System.Diagnostics;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary><c>golden --out</c> and <c>train --out</c> run as a user would: devices, pipes, folders, links, and kills at any moment.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("golden")]
    [InlineData("train")]
    public void Out_DevNull_ExitsZeroAndLeavesTheDevice(string command)
    {
        var result = Cli.Run(_temp.Path, command, "net-2-2-2", "--out", "/dev/null");

        (result.ExitCode, result.StandardError, NativeFiles.Kind("/dev/null", followLinks: false)).ShouldBe((0, "", FileKind.CharacterDevice));
    }

    [Theory]
    [InlineData("golden")]
    [InlineData("train")]
    public void Out_DevFull_ExitsOneSayingTheDeviceIsFullAndLeavesIt(string command)
    {
        var result = Cli.Run(_temp.Path, command, "net-2-2-2", "--out", "/dev/full");

        (result.ExitCode, result.StandardError, NativeFiles.Kind("/dev/full", followLinks: false))
            .ShouldBe((1, "explainer: error: cannot write /dev/full: No space left on device\n", FileKind.CharacterDevice));
    }

    [Fact]
    public void Out_DevStdoutAppendedToAFile_AppendsAndKeepsWhatWasThere()
    {
        File.WriteAllText(_temp.Combine("log"), "first line\n");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo("sh") { WorkingDirectory = _temp.Path, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$0\" \"$1\" golden net-2-2-2 --out /dev/stdout >> log");
        start.ArgumentList.Add(dotnet);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "explainer.dll"));

        using (var shell = Process.Start(start)!)
        {
            shell.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue();
            shell.ExitCode.ShouldBe(0);
        }

        File.ReadAllText(_temp.Combine("log")).ShouldStartWith("first line\n{\n  \"provenance\"");
    }

    [Fact]
    public void Out_DevStdoutThroughAPipe_WritesTheJsonToStandardOutput()
    {
        var result = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--out", "/dev/stdout");

        (result.ExitCode, result.StandardOutput.StartsWith("{\n  \"provenance\"", StringComparison.Ordinal)).ShouldBe((0, true), result.StandardError);
    }

    [Fact]
    public void Out_AFolder_ExitsOneWithOneLineAndLeavesTheFolder()
    {
        Directory.CreateDirectory(_temp.Combine("folder"));

        var result = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--out", "folder");

        (result.ExitCode, result.StandardError, Directory.Exists(_temp.Combine("folder")))
            .ShouldBe((1, "explainer: error: cannot write folder: it is a folder; give a file name\n", true));
    }

    [Fact]
    public void Out_Empty_ExitsOneWithOneLine()
    {
        var result = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--out", "");

        (result.ExitCode, result.StandardError).ShouldBe((1, "explainer: error: --out needs a file name; got an empty one\n"));
    }

    [Fact]
    public void Out_InAMissingFolder_ExitsOneNamingTheFolder()
    {
        var result = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--out", "missing/g.json");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: cannot write missing/g.json: the folder {_temp.Combine("missing")} does not exist\n"));
    }

    [Fact]
    public void Out_ASymbolicLink_WritesTheTargetAndKeepsTheLink()
    {
        File.WriteAllText(_temp.Combine("g.json"), "old");
        File.CreateSymbolicLink(_temp.Combine("link.json"), "g.json");

        var result = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--out", "link.json");

        (result.ExitCode, File.ReadAllText(_temp.Combine("g.json")).StartsWith("{\n  \"provenance\"", StringComparison.Ordinal), new FileInfo(_temp.Combine("link.json")).LinkTarget)
            .ShouldBe((0, true, "g.json"), result.StandardError);
    }

    [Fact]
    public void Out_KilledAtAnyMoment_LeavesTheOldFileOrTheNewOneWhole_AndTheNextRunRemovesTheDebris()
    {
        var file = _temp.Combine("g.json");
        var clock = Stopwatch.StartNew();
        Cli.Run(_temp.Path, "golden", "net-2-2-2", "--digits", "4000", "--out", "new.json").ExitCode.ShouldBe(0);
        var whole = clock.Elapsed;
        Cli.Run(_temp.Path, "golden", "net-2-2-2", "--digits", "5", "--out", "g.json").ExitCode.ShouldBe(0);
        var oldBytes = File.ReadAllBytes(file);
        var newBytes = File.ReadAllBytes(_temp.Combine("new.json"));
        var outcomes = new List<string>();
        var killsMidWrite = 0;

        // Kills spread over the time a whole run takes, so that most land while the temporary file is being written.
        foreach (var fraction in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 })
        {
            CliProcess.KillAfter(whole * fraction, _temp.Path, "golden", "net-2-2-2", "--digits", "4000", "--out", "g.json");
            var now = File.ReadAllBytes(file);
            outcomes.Add(now.SequenceEqual(oldBytes) ? "old" : now.SequenceEqual(newBytes) ? "new" : $"damaged at {fraction:0.0} of a run ({now.Length} bytes)");
            killsMidWrite += Directory.GetFiles(_temp.Path, ".g.json.*.tmp").Length > 0 ? 1 : 0;
            File.WriteAllBytes(file, oldBytes);
        }

        var rerun = Cli.Run(_temp.Path, "golden", "net-2-2-2", "--digits", "5", "--out", "g.json");

        outcomes.ShouldAllBe(o => o == "old" || o == "new");
        (killsMidWrite > 0, rerun.ExitCode, Directory.GetFiles(_temp.Path, ".g.json.*").Length).ShouldBe((true, 0, 0));
    }
}
