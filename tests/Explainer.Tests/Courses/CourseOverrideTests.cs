using Explainer.Site;
using Explainer.Tests.Site;

namespace Explainer.Tests.Courses;

/// <summary>A course's <c>templates/</c> and <c>assets/</c> replace ours file by file, and change nothing else.</summary>
public sealed class CourseOverrideTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public CourseOverrideTests() => Run("new", "course", "c").ExitCode.ShouldBe(0);

    public void Dispose() => _temp.Dispose();

    private Site.Cli.Result Run(params string[] arguments) => Site.Cli.Run(_temp.Path, arguments);

    [Fact]
    public void OneTemplateAndOneAsset_ChangeOnlyTheFilesMadeFromThem()
    {
        Run("build", "c", "--out", "before").ExitCode.ShouldBe(0);
        Directory.CreateDirectory(_temp.Combine("c", "templates"));
        Directory.CreateDirectory(_temp.Combine("c", "assets"));
        File.WriteAllText(_temp.Combine("c", "templates", "index.md.sbn"), File.ReadAllText(Path.Combine(Course.Templates, "index.md.sbn")) + "\nOur own closing line.\n");
        File.WriteAllText(_temp.Combine("c", "assets", "site.css"), "body { color: teal; }\n");

        var result = Run("build", "c", "--out", "after");

        result.ExitCode.ShouldBe(0, result.StandardError);
        // The search index holds the index page's words, and the marker lists the index's files by their content hashes: both follow.
        var differences = Course.Differences(Course.Snapshot(_temp.Combine("before")), Course.Snapshot(_temp.Combine("after"))).Order(StringComparer.Ordinal).ToList();
        differences.Where(d => !d.StartsWith("pagefind/", StringComparison.Ordinal) && d != SiteBuilder.MarkerFile).ShouldBe(["index.html", "index.md", "site.css"]);
        differences.Where(d => d.StartsWith("pagefind/pagefind-", StringComparison.Ordinal) && d.EndsWith(".js", StringComparison.Ordinal)).ShouldBeEmpty();
        File.ReadAllText(_temp.Combine("after", "site.css")).ShouldBe("body { color: teal; }\n");
        File.ReadAllText(_temp.Combine("after", "index.md")).ShouldEndWith("\nOur own closing line.\n");
    }

    [Fact]
    public void AssetInASubfolder_IsCopiedAndTheSiteRebuildsOverIt()
    {
        Directory.CreateDirectory(_temp.Combine("c", "assets", "img"));
        File.WriteAllText(_temp.Combine("c", "assets", "img", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        File.WriteAllBytes(_temp.Combine("c", "assets", "img", "photo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]);

        Run("build", "c").ExitCode.ShouldBe(0);
        var again = Run("build", "c");

        again.ExitCode.ShouldBe(0, again.StandardError);
        File.ReadAllBytes(_temp.Combine("c", "site", "img", "photo.png")).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF });
        File.ReadAllLines(_temp.Combine("c", "site", ".explainer-site")).ShouldContain("img/logo.svg");
    }

    [Fact]
    public void ForeignFileInAnAssetSubfolderOfTheSite_IsNotSweptAway()
    {
        Directory.CreateDirectory(_temp.Combine("c", "assets", "img"));
        File.WriteAllText(_temp.Combine("c", "assets", "img", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Run("build", "c").ExitCode.ShouldBe(0);
        File.WriteAllText(_temp.Combine("c", "site", "img", "mine.txt"), "mine\n");

        var result = Run("build", "c");

        (result.ExitCode, File.Exists(_temp.Combine("c", "site", "img", "mine.txt"))).ShouldBe((1, true));
        result.StandardError.ShouldContain("--force");
    }

    [Fact]
    public void AssetNamedLikeAPage_IsRefused()
    {
        Directory.CreateDirectory(_temp.Combine("c", "assets"));
        File.WriteAllText(_temp.Combine("c", "assets", "index.html"), "<p>mine</p>\n");

        var result = Run("build", "c");

        (result.ExitCode, result.StandardError).ShouldBe((1, $"explainer: error: {_temp.Combine("c", "assets", "index.html")}: the site writes index.html itself; rename the asset\n"));
        Directory.Exists(_temp.Combine("c", "site")).ShouldBeFalse();
    }

    [Fact]
    public void TemplateWithAMisspeltVariable_FailsNamingTheCoursesFile()
    {
        Directory.CreateDirectory(_temp.Combine("c", "templates"));
        File.WriteAllText(_temp.Combine("c", "templates", "index.md.sbn"), "# {{ Titel }}\n");

        var result = Run("build", "c");

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldStartWith($"explainer: error: {_temp.Combine("c", "templates", "index.md.sbn")}:1:6: ");
    }
}
