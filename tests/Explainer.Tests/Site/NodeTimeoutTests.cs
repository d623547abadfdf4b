using System.Diagnostics;
using Explainer.Rendering;

namespace Explainer.Tests.Site;

/// <summary>A hung <c>tools/mathml.mjs</c>: the build stops after its timeout, kills the tool and says which tool hung.</summary>
public sealed class NodeTimeoutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Convert_WithAHungScript_ThrowsNamingTheScriptWithinTheTimeout()
    {
        var tools = FakeTools("setInterval(() => {}, 1000);");
        var clock = Stopwatch.StartNew();

        var error = Should.Throw<TimeoutException>(() => new TemmlMathConverter(tools, TimeSpan.FromSeconds(1)).Convert([new MathRequest("x", Display: false)]));

        (error.Message.StartsWith($"node {Path.Combine(tools, "mathml.mjs")} did not finish within 1 s and was stopped", StringComparison.Ordinal), clock.Elapsed < TimeSpan.FromSeconds(20))
            .ShouldBe((true, true), error.Message);
    }

    [Fact]
    public void Convert_WithAHungScript_KillsIt()
    {
        var tools = FakeTools("""
            import { writeFileSync } from "node:fs";
            writeFileSync(process.argv[1] + ".pid", String(process.pid));
            setInterval(() => {}, 1000);
            """);

        Should.Throw<TimeoutException>(() => new TemmlMathConverter(tools, TimeSpan.FromSeconds(2)).Convert([new MathRequest("x", Display: false)]));

        var pid = File.ReadAllText(Path.Combine(tools, "mathml.mjs.pid"));
        SpinWait.SpinUntil(() => !Directory.Exists($"/proc/{pid}"), TimeSpan.FromSeconds(10)).ShouldBeTrue($"node (pid {pid}) still runs");
    }

    [Fact]
    public void Convert_WhenAProcessTheScriptStartedHoldsItsOutput_ThrowsWithinTheTimeout()
    {
        var tools = FakeTools("""
            import { spawn } from "node:child_process";
            import { writeFileSync } from "node:fs";
            const child = spawn("sleep", ["60"], { stdio: "inherit", detached: true });
            writeFileSync(process.argv[1] + ".pid", String(child.pid));
            child.unref();
            """);
        try
        {
            Should.Throw<TimeoutException>(() => new TemmlMathConverter(tools, TimeSpan.FromSeconds(2)).Convert([new MathRequest("x", Display: false)]))
                .Message.ShouldContain("kept its output open");
        }
        finally
        {
            using var sleeper = Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(tools, "mathml.mjs.pid")), System.Globalization.CultureInfo.InvariantCulture));
            sleeper.Kill();
        }
    }

    [Fact]
    public void Build_WithAHungMathTool_ExitsOneWithOneLineNamingItAndKeepsTheOldSite()
    {
        FakeTools("setInterval(() => {}, 1000);");
        var app = Cli.CopyBesideTemplates(_temp);
        Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md").ExitCode.ShouldBe(0);
        var before = Course.Snapshot(_temp.Combine("site"));
        using var process = CliProcess.Start(_temp.Path, new Dictionary<string, string> { ["EXPLAINER_NODE_TIMEOUT"] = "2" }, app, "build", "--out", "site");

        var result = CliProcess.Finish(process, ["build"]);

        (result.ExitCode, result.StandardError.StartsWith($"explainer: error: node {_temp.Combine("tools", "mathml.mjs")} did not finish within 2 s", StringComparison.Ordinal),
                result.StandardError.TrimEnd('\n').Contains('\n', StringComparison.Ordinal))
            .ShouldBe((1, true, false), result.StandardError);
        Course.Differences(before, Course.Snapshot(_temp.Combine("site"))).ShouldBeEmpty();
    }

    /// <summary>A tools folder whose mathml.mjs is <paramref name="script"/>, with the package check satisfied.</summary>
    private string FakeTools(string script)
    {
        var tools = _temp.Combine("tools");
        Directory.CreateDirectory(Path.Combine(tools, "node_modules", "temml"));
        File.WriteAllText(Path.Combine(tools, "node_modules", "temml", "package.json"), "{}\n");
        File.WriteAllText(Path.Combine(tools, "mathml.mjs"), script + "\n");
        return tools;
    }
}
