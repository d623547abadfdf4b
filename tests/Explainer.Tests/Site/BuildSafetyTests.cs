using System.Diagnostics;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary><c>build --out</c> where a site must never go, <c>--force</c> that keeps what is not ours, the lock, and kills mid-build.</summary>
public sealed class BuildSafetyTests : IDisposable
{
    private const string Never = "explainer never builds a site there, even with --force: choose a new folder, such as site";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Resolve_TheRoot_IsRefused()
    {
        Should.Throw<IOException>(() => SiteFolder.Resolve("/", Course.Templates)).Message.ShouldBe($"--out / is the root of the file system; {Never}");
    }

    [Fact]
    public void Resolve_AFolderHoldingTheTemplates_IsRefused()
    {
        var templates = _temp.Combine("repo", "templates");
        Directory.CreateDirectory(templates);

        Should.Throw<IOException>(() => SiteFolder.Resolve(_temp.Combine("repo"), templates)).Message.ShouldContain("holds explainer's own files");
    }

    [Fact]
    public void Resolve_ALinkToAFolder_IsTheRealTarget()
    {
        Directory.CreateDirectory(_temp.Combine("real"));
        File.CreateSymbolicLink(_temp.Combine("link"), "real");

        SiteFolder.Resolve(_temp.Combine("link"), Course.Templates).ShouldBe(SiteFolder.RealPath(_temp.Combine("real")));
    }

    [Fact]
    public void Build_DotWithForceInAGitWorkTree_ExitsOneAndTouchesNothing()
    {
        var repo = FakeRepository();
        var before = Course.Snapshot(repo);

        var result = Cli.Run(repo, "build", "--out", ".", "--force", "--format", "md");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: --out . is the current folder; {Never}\n"));
        Course.Differences(before, Course.Snapshot(repo)).ShouldBeEmpty();
        Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).ShouldBe(["repo"]);
    }

    [Fact]
    public void Build_AGitWorkTreeWithForce_ExitsOneAndTouchesNothing()
    {
        var repo = FakeRepository();
        var before = Course.Snapshot(repo);
        Directory.CreateDirectory(_temp.Combine("elsewhere"));

        var result = Cli.Run(_temp.Combine("elsewhere"), "build", "--out", repo, "--force", "--format", "md");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: --out {repo} is a git work tree; {Never}\n"));
        Course.Differences(before, Course.Snapshot(repo)).ShouldBeEmpty();
    }

    [Fact]
    public void Build_AnAncestorOfTheCurrentFolder_ExitsOne()
    {
        var inner = _temp.Combine("a", "b");
        Directory.CreateDirectory(inner);

        var result = Cli.Run(inner, "build", "--out", "..", "--force", "--format", "md");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: --out .. is a folder that holds the current folder; {Never}\n"));
    }

    [Fact]
    public void Build_ALinkToTheCurrentFolder_ExitsOne()
    {
        var work = _temp.Combine("work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "mine.txt"), "mine\n");
        File.CreateSymbolicLink(Path.Combine(work, "site"), work);

        var result = Cli.Run(work, "build", "--out", "site", "--force", "--format", "md");

        (result.ExitCode, result.StandardError, Directory.GetFileSystemEntries(work).Length).ShouldBe((1, $"explainer: error: --out site is the current folder; {Never}\n", 2));
    }

    [Fact]
    public void Build_TheHomeFolder_ExitsOneAndTouchesNothing()
    {
        var home = _temp.Combine("home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".bashrc"), "mine\n");

        var result = CliProcess.Run(_temp.Path, new Dictionary<string, string> { ["HOME"] = home }, "build", "--out", home, "--force", "--format", "md");

        (result.ExitCode, result.StandardError, Directory.GetFileSystemEntries(home).Length).ShouldBe((1, $"explainer: error: --out {home} is the home folder; {Never}\n", 1));
    }

    [Fact]
    public void Build_TheFolderOfTheProgramAndItsTemplates_ExitsOne()
    {
        var app = Cli.CopyBesideTemplates(_temp);
        using var elsewhere = new TempFolder();

        var result = Cli.RunAt(elsewhere.Path, app, "build", "--out", _temp.Path, "--force", "--format", "md");

        (result.ExitCode, result.StandardError.Contains("holds explainer's own files", StringComparison.Ordinal), File.Exists(app))
            .ShouldBe((1, true, true), result.StandardError);
    }

    [Fact]
    public void Build_InsideDotGit_ExitsOne()
    {
        var repo = FakeRepository();

        var result = Cli.Run(_temp.Path, "build", "--out", Path.Combine(repo, ".git", "site"), "--format", "md");

        (result.ExitCode, result.StandardError.Contains("is inside a .git folder", StringComparison.Ordinal), Directory.Exists(Path.Combine(repo, ".git", "site")))
            .ShouldBe((1, true, false), result.StandardError);
    }

    [Fact]
    public void Build_AFile_ExitsOneAndKeepsIt()
    {
        File.WriteAllText(_temp.Combine("notes.txt"), "mine\n");

        var result = Cli.Run(_temp.Path, "build", "--out", "notes.txt", "--force", "--format", "md");

        (result.ExitCode, result.StandardError, File.ReadAllText(_temp.Combine("notes.txt")))
            .ShouldBe((1, $"explainer: error: --out notes.txt is a file, not a folder; {Never}\n", "mine\n"));
    }

    [Fact]
    public void Build_WhereNothingCanBeCreated_ExitsOneSayingSo()
    {
        // procfs refuses new files to every user, root included.
        var result = Cli.Run(_temp.Path, "build", "--out", "/proc/explainer-site", "--format", "md");

        (result.ExitCode, result.StandardError)
            .ShouldBe((1, "explainer: error: cannot build into /proc/explainer-site: its lock file /proc/.explainer-site.lock cannot be created (no file can be created there)\n"));
    }

    [Fact]
    public void Build_ADevice_ExitsOneAndLeavesIt()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "/dev/null", "--force", "--format", "md");

        (result.ExitCode, result.StandardError, NativeFiles.Kind("/dev/null", followLinks: false))
            .ShouldBe((1, $"explainer: error: --out /dev/null is not a folder; {Never}\n", FileKind.CharacterDevice));
    }

    [Fact]
    public void Build_ALinkToAFile_ExitsOne()
    {
        File.WriteAllText(_temp.Combine("notes.txt"), "mine\n");
        File.CreateSymbolicLink(_temp.Combine("site"), "notes.txt");

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: --out site is a symbolic link to a file, not to a folder; {Never}\n"));
    }

    [Fact]
    public void Build_ALinkToAFolder_BuildsIntoTheTargetAndKeepsTheLink()
    {
        Directory.CreateDirectory(_temp.Combine("real"));
        File.CreateSymbolicLink(_temp.Combine("site"), "real");

        var first = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");
        var second = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        (first.ExitCode, second.ExitCode, new FileInfo(_temp.Combine("site")).LinkTarget, File.Exists(_temp.Combine("real", "index.md")))
            .ShouldBe((0, 0, "real", true), first.StandardError + second.StandardError);
    }

    [Fact]
    public void Build_WithForceIntoAFolderOfSomeoneElse_KeepsTheirFilesAndFolders()
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "photos"));
        File.WriteAllText(Path.Combine(site, "photos", "cat.jpg"), "meow");
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine\n");

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--force", "--format", "md");

        (result.ExitCode, File.ReadAllText(Path.Combine(site, "notes.txt")), File.ReadAllText(Path.Combine(site, "photos", "cat.jpg")), File.Exists(Path.Combine(site, "index.md")))
            .ShouldBe((0, "mine\n", "meow", true), result.StandardError);
    }

    [Fact]
    public void Build_WithForceBesideForeignFiles_RemovesOnlyTheFilesItsMarkerListed()
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine\n");
        File.WriteAllText(Path.Combine(site, "lesson-gone.md"), "an old lesson\n");
        File.WriteAllText(Path.Combine(site, SiteBuilder.MarkerFile), "lesson-gone.md\n");

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--force", "--format", "md");

        (result.ExitCode, File.Exists(Path.Combine(site, "lesson-gone.md")), File.Exists(Path.Combine(site, "notes.txt")), File.ReadAllLines(Path.Combine(site, SiteBuilder.MarkerFile)).Contains("notes.txt"))
            .ShouldBe((0, false, true, false), result.StandardError);
    }

    [Fact]
    public void Build_WhileAnotherHoldsTheLock_ExitsOneSayingSoAndLeavesTheSite()
    {
        Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md").ExitCode.ShouldBe(0);
        var before = Course.Snapshot(_temp.Combine("site"));
        using (new FileStream(SiteLock.PathOf(_temp.Combine("site")), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md", "--digits", "5");

            (result.ExitCode, result.StandardError.StartsWith($"explainer: error: another explainer build is writing {_temp.Combine("site")}", StringComparison.Ordinal))
                .ShouldBe((1, true), result.StandardError);
        }

        Course.Differences(before, Course.Snapshot(_temp.Combine("site"))).ShouldBeEmpty();
    }

    [Fact]
    public void Build_TwoAtOnce_OneWinsOrBothFinishInTurn_AndTheSiteIsWhole()
    {
        Directory.CreateDirectory(_temp.Combine("reference"));
        Cli.Run(_temp.Combine("reference"), "build", "--out", "site", "--format", "md").ExitCode.ShouldBe(0);
        string[] arguments = ["build", "--out", "site", "--format", "md"];

        var first = CliProcess.Start(_temp.Path, null, null, arguments);
        var second = CliProcess.Start(_temp.Path, null, null, arguments);
        var results = new[] { CliProcess.Finish(first, arguments), CliProcess.Finish(second, arguments) };

        results.ShouldAllBe(r => r.ExitCode == 0 || r.StandardError.StartsWith("explainer: error: another explainer build is writing", StringComparison.Ordinal));
        results.Any(r => r.ExitCode == 0).ShouldBeTrue();
        Course.Differences(Course.Snapshot(_temp.Combine("reference", "site")), Course.Snapshot(_temp.Combine("site"))).ShouldBeEmpty();
        Directory.GetDirectories(_temp.Path, ".site.*").ShouldBeEmpty();
    }

    [Fact]
    public void Build_KilledAtAnyMoment_LeavesTheOldSiteOrTheNewOneWhole_AndTheNextBuildCleansUp()
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(_temp.Combine("reference"));
        var clock = Stopwatch.StartNew();
        Cli.Run(_temp.Combine("reference"), "build", "--out", "site", "--format", "md").ExitCode.ShouldBe(0);
        var whole = clock.Elapsed;
        var newSite = Course.Snapshot(_temp.Combine("reference", "site"));
        Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md", "--digits", "4").ExitCode.ShouldBe(0);
        var oldSite = Course.Snapshot(site);
        var outcomes = new List<string>();

        foreach (var fraction in new[] { 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0 })
        {
            CliProcess.KillAfter(whole * fraction, _temp.Path, "build", "--out", "site", "--format", "md");
            var now = Directory.Exists(site) ? Course.Snapshot(site) : [];
            outcomes.Add(!Course.Differences(oldSite, now).Any() ? "old" : !Course.Differences(newSite, now).Any() ? "new" : $"mixed at {fraction:0.00} of a build");
            if (outcomes[^1] == "new")
            {
                Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md", "--digits", "4").ExitCode.ShouldBe(0);
            }
        }

        var rerun = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        outcomes.ShouldAllBe(o => o == "old" || o == "new");
        (rerun.ExitCode, Directory.GetDirectories(_temp.Path, ".site.*").Length).ShouldBe((0, 0), rerun.StandardError);
    }

    [Fact]
    public void Build_AfterAKillBetweenTwoRenames_PutsTheOldSiteBackThenReplacesItAndRemovesLeftovers()
    {
        Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md").ExitCode.ShouldBe(0);
        Directory.Move(_temp.Combine("site"), _temp.Combine(".site.old-2147483646"));
        Directory.CreateDirectory(_temp.Combine(".site.building-2147483645"));
        File.WriteAllText(_temp.Combine(".site.building-2147483645", "index.md"), "half");
        Directory.CreateDirectory(_temp.Combine(".site.building-mine"));

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        (result.ExitCode, File.Exists(_temp.Combine("site", "index.md"))).ShouldBe((0, true), result.StandardError);
        Directory.GetDirectories(_temp.Path, ".site.*").Select(Path.GetFileName).ShouldBe([".site.building-mine"]);
    }

    /// <summary>A folder that looks like a clone: <c>.git</c>, sources, a README.</summary>
    private string FakeRepository()
    {
        var repo = _temp.Combine("repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git", "objects"));
        Directory.CreateDirectory(Path.Combine(repo, "src"));
        File.WriteAllText(Path.Combine(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(repo, "src", "Program.cs"), "// mine\n");
        File.WriteAllText(Path.Combine(repo, "README.md"), "# mine\n");
        return repo;
    }
}
