using Explainer.Rendering;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary>What <see cref="SiteBuilder"/> writes, that it writes the same twice, and how it guards the output folder.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class SiteBuilderTests(BuiltSiteFixture site) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("index.html")]
    [InlineData("index.md")]
    [InlineData("errata.html")]
    [InlineData("errata.md")]
    [InlineData("site.css")]
    [InlineData(SiteBuilder.MarkerFile)]
    public void Build_WritesTheSitesOwnFiles(string name)
    {
        File.Exists(Path.Combine(site.Folder, name)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("net-2-2-2", ".html")]
    [InlineData("net-2-2-2", ".md")]
    [InlineData("j-graph", ".html")]
    [InlineData("j-graph", ".md")]
    [InlineData("logistic-graph", ".html")]
    [InlineData("logistic-graph", ".md")]
    [InlineData("linear-chain", ".html")]
    [InlineData("linear-chain", ".md")]
    public void Build_WritesEveryLessonInBothFormats(string id, string extension)
    {
        Directory.EnumerateFiles(site.Folder, "*" + extension).Select(Path.GetFileName)
            .Where(n => n!.Contains(id, StringComparison.Ordinal)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Build_ReturnsExactlyTheFilesOnDiskBesidesTheMarker()
    {
        Directory.EnumerateFiles(site.Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Folder, f).Replace('\\', '/'))
            .Where(n => n != SiteBuilder.MarkerFile).Order(StringComparer.Ordinal)
            .ShouldBe(site.Files);
    }

    [Fact]
    public void Marker_ListsEveryFileWritten()
    {
        File.ReadAllLines(Path.Combine(site.Folder, SiteBuilder.MarkerFile)).ShouldBe(site.Files);
    }

    [Fact]
    public void Build_Twice_GivesByteIdenticalFiles()
    {
        var again = _temp.Combine("again");

        Course.Build(again);

        Course.Differences(Course.Snapshot(site.Folder), Course.Snapshot(again)).ShouldBeEmpty();
    }

    [Fact]
    public void Build_OverItsOwnSite_ReplacesIt()
    {
        var folder = CopyOfBuiltSite();

        Course.Build(folder, html: false);

        Directory.EnumerateFiles(folder, "*.html").ShouldBeEmpty();
    }

    [Fact]
    public void Build_IntoFolderWithoutMarker_ThrowsIOExceptionNamingForce()
    {
        var folder = FolderWithForeignFile(out _);

        Should.Throw<IOException>(() => Course.Build(folder, html: false)).Message.ShouldContain("--force");
    }

    [Fact]
    public void Build_IntoFolderWithoutMarker_LeavesTheForeignFileAlone()
    {
        var folder = FolderWithForeignFile(out var foreign);

        Should.Throw<IOException>(() => Course.Build(folder, html: false));

        (Directory.GetFileSystemEntries(folder).Length, File.ReadAllText(foreign)).ShouldBe((1, "my notes\n"));
    }

    [Fact]
    public void Build_IntoItsOwnSiteWithAForeignFileAdded_ThrowsIOExceptionNamingTheFile()
    {
        var folder = CopyOfBuiltSite();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "my notes\n");
        var before = Course.Snapshot(folder);

        var error = Should.Throw<IOException>(() => Course.Build(folder, html: false));

        (error.Message.Contains("'notes.txt'", StringComparison.Ordinal), Course.Differences(before, Course.Snapshot(folder)).Any()).ShouldBe((true, false), error.Message);
    }

    [Fact]
    public void Build_WithForce_WritesTheSiteBesideTheForeignFileAndKeepsIt()
    {
        var folder = FolderWithForeignFile(out var foreign);

        Course.Build(folder, html: false, force: true);

        (File.Exists(foreign), File.Exists(Path.Combine(folder, SiteBuilder.MarkerFile)), File.Exists(Path.Combine(folder, "lesson-j-graph.md")))
            .ShouldBe((true, true, true));
    }

    [Fact]
    public void Build_WithUnknownNameInLessonTemplate_ThrowsTemplateExceptionNamingTheFile()
    {
        var templates = TemplatesWithUnknownName("lesson.md.sbn");

        var error = Should.Throw<TemplateException>(() => Course.Build(_temp.Combine("out"), templates: templates));

        error.Message.ShouldContain(Path.Combine(templates, "lesson.md.sbn"));
    }

    [Theory]
    [InlineData("lesson.md.sbn")]
    [InlineData("page.html.sbn")]
    public void Build_ThatFails_LeavesTheExistingSiteAsItWas(string brokenTemplate)
    {
        var folder = CopyOfBuiltSite();
        var templates = TemplatesWithUnknownName(brokenTemplate);
        var before = Course.Snapshot(folder);

        Should.Throw<TemplateException>(() => Course.Build(folder, templates: templates));

        Course.Differences(before, Course.Snapshot(folder)).ShouldBeEmpty();
    }

    [Fact]
    public void Build_ThatFails_LeavesNoStagingFolderBehind()
    {
        var folder = CopyOfBuiltSite();
        var templates = TemplatesWithUnknownName("lesson.md.sbn");

        Should.Throw<TemplateException>(() => Course.Build(folder, templates: templates));

        // The lock file stays by design (see SiteLock); no .site.building-* folder does.
        Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".site.lock", "site", "templates"]);
    }

    private string CopyOfBuiltSite()
    {
        var folder = _temp.Combine("site");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(site.Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private string FolderWithForeignFile(out string foreign)
    {
        var folder = _temp.Combine("site");
        Directory.CreateDirectory(folder);
        foreign = Path.Combine(folder, "notes.txt");
        File.WriteAllText(foreign, "my notes\n");
        return folder;
    }

    /// <summary>A copy of the repository's templates whose <paramref name="template"/> also asks for a name no model has.</summary>
    private string TemplatesWithUnknownName(string template)
    {
        var templates = _temp.Combine("templates");
        foreach (var file in Directory.EnumerateFiles(Course.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(templates, Path.GetRelativePath(Course.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.AppendAllText(Path.Combine(templates, template), "{{NoSuchName}}\n");
        return templates;
    }
}
