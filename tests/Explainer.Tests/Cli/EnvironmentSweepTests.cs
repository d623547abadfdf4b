using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Explainer.Tests.Cli;

/// <summary>The adversarial sweep, environment: locales with a decimal comma or a dotless i, NO_COLOR, TERM=dumb, piped and terminal output.</summary>
public sealed partial class EnvironmentSweepTests : IDisposable
{
    private readonly Site.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Commands => new()
    {
        "show|j-graph|--digits|5",
        "golden|logistic-graph|--digits|12",
        "eval|sigmoid(0.3775)*1000|--digits|9",
        "train|net-2-2-2|--optimizer|adam|--steps|2|--json",
        "gradcheck|net-2-2-2|--digits|6",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_UnderGermanAndTurkishLocales_IsByteIdenticalToTheInvariantOne(string arguments)
    {
        var args = arguments.Split('|');
        var invariant = Site.Cli.RunWith(_temp.Path, Locale("C"), args);
        invariant.ExitCode.ShouldBe(0, invariant.StandardError);

        foreach (var locale in new[] { "de_DE.UTF-8", "tr_TR.UTF-8" })
        {
            var result = Site.Cli.RunWith(_temp.Path, Locale(locale), args);
            result.ExitCode.ShouldBe(0, result.StandardError);
            result.StandardOutput.ShouldBe(invariant.StandardOutput, $"under {locale}");
        }

        invariant.StandardOutput.ShouldNotContain("ı");
    }

    [Fact]
    public void Cli_RunsWithInvariantGlobalization_SoNoLocaleReachesItsOutput()
    {
        // This setting is what keeps LANG and LC_ALL from the output; the locale tests above show its effect.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "explainer.runtimeconfig.json")));

        config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Globalization.Invariant").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Eval_UnderAGermanLocale_WritesADecimalPoint()
    {
        var result = Site.Cli.RunWith(_temp.Path, Locale("de_DE.UTF-8"), "eval", "sigmoid(0.3775)", "--digits", "9");

        result.StandardOutput.ShouldBe("0.593269992 (certified)\n");
    }

    [Fact]
    public void Show_PipedOutput_HasNoEscapeCodes()
    {
        var result = Site.Cli.Run(_temp.Path, "show", "j-graph", "--digits", "5");

        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldNotContain("\u001b");
        result.StandardOutput.ShouldContain("J = 3(a + bc)");
    }

    [Fact]
    public void Show_OnATerminal_IsColoured()
        => ColourCodes(OnTerminal(new Dictionary<string, string>(), "show", "j-graph", "--digits", "5")).ShouldBeGreaterThan(0);

    [Fact]
    public void Show_OnATerminalWithNoColor_HasNoColourCodes()
    {
        var output = OnTerminal(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "show", "j-graph", "--digits", "5");

        ColourCodes(output).ShouldBe(0);
        output.ShouldContain("J = 3(a + bc)");
    }

    [Fact]
    public void Show_OnADumbTerminal_HasNoEscapeCodesAtAll()
    {
        var output = OnTerminal(new Dictionary<string, string> { ["TERM"] = "dumb" }, "show", "j-graph", "--digits", "5");

        output.ShouldNotContain("\u001b");
        output.ShouldContain("J = 3(a + bc)");
    }

    private static Dictionary<string, string> Locale(string name) => new() { ["LANG"] = name, ["LC_ALL"] = name };

    /// <summary>Counts SGR sequences that set a colour (30–49, 90–107), not bold or reset.</summary>
    private static int ColourCodes(string output)
        => Sgr().Matches(output).Count(m => m.Groups[1].Value.Split(';').Any(p => int.TryParse(p, out var n) && n is (>= 30 and <= 49) or (>= 90 and <= 107)));

    /// <summary>Runs the CLI on a pseudo-terminal (util-linux <c>script</c>), as a user at a terminal would see it.</summary>
    private string OnTerminal(Dictionary<string, string> environment, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "explainer.dll");
        var command = string.Join(' ', new[] { "dotnet", dll }.Concat(arguments).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var startInfo = new ProcessStartInfo("script")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-qec", command, "/dev/null" })
        {
            startInfo.ArgumentList.Add(a);
        }

        startInfo.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(1)).ShouldBeTrue("the CLI on a terminal did not finish within a minute");
        process.ExitCode.ShouldBe(0, stdout.Result);
        return stdout.Result;
    }

    [GeneratedRegex(@"\u001b\[([0-9;]*)m")]
    private static partial Regex Sgr();
}
