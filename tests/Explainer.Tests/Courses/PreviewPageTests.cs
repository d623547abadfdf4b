using Explainer.Cli.Serve;
using Explainer.Tests.Site;

namespace Explainer.Tests.Courses;

/// <summary>What serve adds to a page, and which files it serves.</summary>
public sealed class PreviewPageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Inject_GoesBeforeTheLastClosingBody()
    {
        var page = PreviewPage.Inject("<html><body><p>x</p></body></html>", 7, null);

        (page.StartsWith("<html><body><p>x</p><script>", StringComparison.Ordinal), page.EndsWith("</script>\n</body></html>", StringComparison.Ordinal), page.Contains("var version = \"7\";", StringComparison.Ordinal))
            .ShouldBe((true, true, true));
    }

    [Fact]
    public void Inject_Error_IsEscaped()
    {
        var page = PreviewPage.Inject("<body></body>", 1, "a.yaml:1:1: '<script>alert(1)</script>'");

        (page.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal), page.Contains("<script>alert(1)", StringComparison.Ordinal)).ShouldBe((true, false));
    }

    [Fact]
    public void Resolve_PathOutsideTheSite_IsNothing()
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        File.WriteAllText(_temp.Combine("secret.txt"), "no\n");

        PreviewServer.Resolve(_temp.Combine("site"), "/../secret.txt").ShouldBeNull();
    }

    [Fact]
    public void Resolve_Folder_IsItsIndex()
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        File.WriteAllText(_temp.Combine("site", "index.html"), "<p>i</p>\n");

        PreviewServer.Resolve(_temp.Combine("site"), "/").ShouldBe(_temp.Combine("site", "index.html"));
    }

    [Fact]
    public void Resolve_TheMarkerFile_IsNotServed()
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        File.WriteAllText(_temp.Combine("site", ".explainer-site"), "index.html\n");

        PreviewServer.Resolve(_temp.Combine("site"), "/.explainer-site").ShouldBeNull();
    }
}
