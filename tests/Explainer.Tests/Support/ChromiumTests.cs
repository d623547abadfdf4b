using System.Runtime.Versioning;
using Explainer.Tests.Site;

namespace Explainer.Tests.Support;

/// <summary>The Chromium finder's search order, on made-up files: none of these needs a browser on the machine.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ChromiumTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Find_PathVariableNamesAnExecutable_ReturnsItBeforeTheDebianPath()
    {
        var named = Executable("named", "my-chromium");
        var debian = Executable("debian", "chromium");

        Chromium.Find(Environment(("CHROMIUM_PATH", named)), debian).ShouldBe(named);
    }

    [Fact]
    public void Find_PathVariableNamesAMissingFile_IsNotFoundEvenWithChromiumElsewhere()
    {
        var debian = Executable("debian", "chromium");
        var onPath = Executable("bin", "chromium");

        Chromium.Find(Environment(("CHROMIUM_PATH", _temp.Combine("absent")), ("PATH", Path.GetDirectoryName(onPath))), debian).ShouldBeNull();
    }

    [Fact]
    public void Find_PathVariableEmpty_FallsBackToTheDebianPath()
    {
        var debian = Executable("debian", "chromium");

        Chromium.Find(Environment(("CHROMIUM_PATH", string.Empty)), debian).ShouldBe(debian);
    }

    [Fact]
    public void Find_NoDebianChromium_TakesChromiumBrowserOnPathBeforeChromium()
    {
        var first = Executable("first", "chromium");
        var second = Executable("second", "chromium-browser");
        var path = string.Join(Path.PathSeparator, Path.GetDirectoryName(first), Path.GetDirectoryName(second));

        Chromium.Find(Environment(("PATH", path)), _temp.Combine("no-debian")).ShouldBe(second);
    }

    [Fact]
    public void Find_OnlyChromiumOnPath_ReturnsIt()
    {
        var onPath = Executable("bin", "chromium");

        Chromium.Find(Environment(("PATH", Path.GetDirectoryName(onPath))), _temp.Combine("no-debian")).ShouldBe(onPath);
    }

    [Fact]
    public void Find_FileOnPathNotExecutable_IsNotFound()
    {
        var plain = _temp.Combine("bin", "chromium");
        Directory.CreateDirectory(Path.GetDirectoryName(plain)!);
        File.WriteAllText(plain, string.Empty);
        File.SetUnixFileMode(plain, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Chromium.Find(Environment(("PATH", Path.GetDirectoryName(plain))), _temp.Combine("no-debian")).ShouldBeNull();
    }

    [Fact]
    public void Find_NothingAnywhere_IsNotFound()
    {
        Chromium.Find(Environment(("PATH", _temp.Path)), _temp.Combine("no-debian")).ShouldBeNull();
    }

    public void Dispose() => _temp.Dispose();

    private static Func<string, string?> Environment(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private string Executable(string folder, string name)
    {
        var path = _temp.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\nexit 1\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public void Decide_NoChromiumUnderCi_Fails_SayingWhy()
    {
        var (action, message) = Chromium.Decide(null, name => name == "CI" ? "true" : null);

        action.ShouldBe(Chromium.Action.Fail);
        message.ShouldBe($"{Chromium.Missing}; CI=true, so the browser tests must run, not be skipped (.ci/run installs chromium when run as root)");
    }

    [Fact]
    public void Decide_NoChromiumOutsideCi_Skips_WithTheOneReason()
        => Chromium.Decide(null, name => name == "CI" ? "false" : null).ShouldBe((Chromium.Action.Skip, Chromium.Missing));

    [Fact]
    public void Decide_ChromiumFound_RunsIt_EvenUnderCi()
        => Chromium.Decide("/opt/chromium", name => name == "CI" ? "true" : null).ShouldBe((Chromium.Action.Run, "/opt/chromium"));

    [Fact]
    public void Decide_MissingNamedPath_SaysWhichPath()
        => Chromium.Decide(null, name => name == "CHROMIUM_PATH" ? "/no/such" : null).Message.ShouldBe("Chromium not found: CHROMIUM_PATH is '/no/such', which is not an executable file");
}
