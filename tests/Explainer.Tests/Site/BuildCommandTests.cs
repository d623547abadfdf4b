using Explainer.Site;
using Explainer.Worked;

namespace Explainer.Tests.Site;

/// <summary><c>explainer build</c> run as a reader would run it: exit codes, the files, and one-line errors.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_WritesTheWholeSiteAndExitsZero()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site");
        string[] expected =
        [
            SiteBuilder.MarkerFile, "errata.html", "errata.md", "index.html", "index.md", "site.css", SiteBuilder.CheckScript,
            "404.html", "search.html", SiteBuilder.SearchScript, // and the search index, in pagefind/
            .. Course.Ids.SelectMany(id => new[] { $"lesson-{id}.html", $"lesson-{id}.md", $"lesson-{id}.svg" }),
            "lesson-activations.html", "lesson-activations.md", "lesson-optimizers.html", "lesson-optimizers.md", // no graph to draw in these two
            .. Course.Ids.Append("activations").Append("optimizers").SelectMany(id => new[] { $"lesson-{id}.worksheet.html", $"lesson-{id}.worksheet.md" }),
            .. Course.Sources().SelectMany(s => new[] { $"{s.PageName}.html", $"{s.PageName}.md" }), // the notes' five files
            "lesson-net-2-2-2-network.svg", .. ActivationTour.Entries.Select(e => $"lesson-activations-plot-{e.Anchor}.svg"), // the Markdown lessons' figures

        ];

        (result.ExitCode, result.StandardError).ShouldBe((0, ""));
        Directory.EnumerateFiles(_temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
        Directory.EnumerateDirectories(_temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["pagefind", "zh-CN"]);
    }

    [Fact]
    public void Build_ReportsHowManyFilesItWrote()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        result.StandardOutput.ShouldContain($"Built 70 files in {_temp.Combine("site")}");
    }

    [Fact]
    public void Build_WithLanguageEn_WritesEnglishOnly()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md", "--lang", "en");

        (result.StandardOutput.Contains($"Built 35 files in {_temp.Combine("site")}", StringComparison.Ordinal), Directory.Exists(_temp.Combine("site", "zh-CN"))).ShouldBe((true, false));
    }

    [Fact]
    public void Build_WithAnUnknownLanguage_SaysWhichStringTableIsMissing()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--language", "en,fr");

        (result.ExitCode, result.StandardError.Contains("there is no string table for the language 'fr'", StringComparison.Ordinal), Directory.Exists(_temp.Combine("site"))).ShouldBe((1, true, false));
    }

    [Fact]
    public void Build_WithFormatMd_WritesNoHtml()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        (result.ExitCode, Directory.EnumerateFiles(_temp.Combine("site"), "*.html").Count(), Directory.EnumerateFiles(_temp.Combine("site"), "*.md").Count()).ShouldBe((0, 0, 21));
        Directory.EnumerateFiles(_temp.Combine("site", "zh-CN"), "*.md").Count().ShouldBe(21); // 16 pages and the notes' 5 files
    }

    [Fact]
    public void Build_WithFormatPdf_ExitsOneWithOneLineAndNoStackTrace()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "pdf");

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldBe("explainer: error: --format takes md, html or md,html; got 'pdf'\n");
    }

    [Fact]
    public void Build_WithFormatPdf_WritesNothing()
    {
        Cli.Run(_temp.Path, "build", "--out", "site", "--format", "pdf");

        Directory.GetFileSystemEntries(_temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Build_IntoAFolderOfSomeoneElse_ExitsOneWithOneLineNamingForce()
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        File.WriteAllText(_temp.Combine("site", "notes.txt"), "my notes\n");

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md");

        (result.ExitCode, result.StandardError.TrimEnd('\n').Contains('\n', StringComparison.Ordinal), result.StandardError.Contains("--force", StringComparison.Ordinal))
            .ShouldBe((1, false, true), result.StandardError);
    }

    [Fact]
    public void Build_IntoAFolderOfSomeoneElse_WithForce_ExitsZeroAndKeepsTheirFile()
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        File.WriteAllText(_temp.Combine("site", "notes.txt"), "my notes\n");

        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--format", "md", "--force");

        (result.ExitCode, File.ReadAllText(_temp.Combine("site", "notes.txt"))).ShouldBe((0, "my notes\n"), result.StandardError);
    }

    [Fact]
    public void Build_WithABrokenTemplate_ExitsOneWithOneLineNamingTheTemplate()
    {
        var app = CopyOfTheCliBesideBrokenTemplates();
        var line = File.ReadAllLines(_temp.Combine("templates", "lesson.md.sbn")).Length; // the appended, broken line is the last

        var result = Cli.RunAt(_temp.Path, app, "build", "--out", "site", "--format", "md");

        line.ShouldBeGreaterThan(1);
        (result.ExitCode, result.StandardError)
            .ShouldBe((1, $"explainer: error: {_temp.Combine("templates", "lesson.md.sbn")}:{line}:3: The variable or function `NoSuchName` was not found\n"));
    }

    [Fact]
    public void Build_WithDigitsZero_ExitsTwoWithTheMessageAndTheUsageHint()
    {
        var result = Cli.Run(_temp.Path, "build", "--out", "site", "--digits", "0");

        (result.ExitCode, result.StandardError).ShouldBe((2, "explainer: error: --digits must be between 1 and 10000; got 0\nrun 'explainer build --help' for usage\n"));
    }

    /// <summary>The CLI copied out of the repository, next to a templates folder whose lesson template names something no model has.</summary>
    private string CopyOfTheCliBesideBrokenTemplates()
    {
        var app = Cli.CopyBesideTemplates(_temp);
        File.AppendAllText(_temp.Combine("templates", "lesson.md.sbn"), "{{NoSuchName}}\n");
        return app;
    }
}
