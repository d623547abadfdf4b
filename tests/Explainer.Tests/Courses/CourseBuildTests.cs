using Explainer.Site;
using Explainer.Tests.Site;

namespace Explainer.Tests.Courses;

/// <summary><c>explainer new course DIR</c> and <c>explainer build DIR</c> run as an author would run them.</summary>
public sealed class CourseBuildTests : IDisposable
{
    private static readonly string[] SiteFiles =
    [
        SiteBuilder.MarkerFile, "check.js", "errata.html", "errata.md", "index.html", "index.md",
        "lesson-my-expression.html", "lesson-my-expression.md", "lesson-my-expression.svg", "lesson-my-expression.worksheet.html", "lesson-my-expression.worksheet.md",
        "lesson-my-network.html", "lesson-my-network.md", "lesson-my-network.svg", "lesson-my-network-network.svg", "lesson-my-network.worksheet.html", "lesson-my-network.worksheet.md",
        "site.css", "404.html", "search.html", SiteBuilder.SearchScript,
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Site.Cli.Result Run(params string[] arguments) => Site.Cli.Run(_temp.Path, arguments);

    private void NewCourse() => Run("new", "course", "c").ExitCode.ShouldBe(0);

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in the scaffolded course.yaml, failing if it is not there.</summary>
    private void EditCourseFile(string from, string to)
    {
        var file = _temp.Combine("c", "course.yaml");
        var text = File.ReadAllText(file);
        text.ShouldContain(from);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void NewCourse_WritesTheCourseFileTwoLessonsAndAReadme()
    {
        var result = Run("new", "course", "c");

        result.ExitCode.ShouldBe(0, result.StandardError);
        Directory.EnumerateFiles(_temp.Combine("c"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Combine("c"), f)).Order(StringComparer.Ordinal)
            .ShouldBe(["README.md", "course.yaml", Path.Combine("lessons", "expression.yaml"), Path.Combine("lessons", "network.yaml")]);
    }

    [Fact]
    public void NewCourse_IntoAFolderThatIsNotEmpty_IsRefusedAndLeavesItAlone()
    {
        Directory.CreateDirectory(_temp.Combine("c"));
        File.WriteAllText(_temp.Combine("c", "mine.txt"), "mine\n");

        var result = Run("new", "course", "c");

        (result.ExitCode, result.StandardError).ShouldBe((1, "explainer: error: c already exists and is not empty; explainer new course does not write into it: give a new name or remove it first\n"));
        Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).ShouldBe(["c"]);
        Directory.EnumerateFileSystemEntries(_temp.Combine("c")).Select(Path.GetFileName).ShouldBe(["mine.txt"]);
    }

    [Fact]
    public void NewCourse_IntoAnEmptyFolder_WritesIt()
    {
        Directory.CreateDirectory(_temp.Combine("c"));

        Run("new", "course", "c").ExitCode.ShouldBe(0);

        File.Exists(_temp.Combine("c", "course.yaml")).ShouldBeTrue();
    }

    [Fact]
    public void BuildDir_ScaffoldedCourse_WritesItsSiteIntoDirSite()
    {
        NewCourse();

        var result = Run("build", "c");

        (result.ExitCode, result.StandardError).ShouldBe((0, ""));
        var onDisk = Directory.EnumerateFiles(_temp.Combine("c", "site"), "*", SearchOption.AllDirectories).Count() - 1; // the search index in pagefind/ too, not the marker
        result.StandardOutput.ShouldContain($"Built {onDisk} files in {_temp.Combine("c", "site")}");
        Directory.EnumerateFiles(_temp.Combine("c", "site")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(SiteFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuildDir_ScaffoldedCourse_IndexHasTheCourseTitleAuthorAndParts()
    {
        NewCourse();
        Run("build", "c").ExitCode.ShouldBe(0);

        var index = File.ReadAllText(_temp.Combine("c", "site", "index.md"));

        index.ShouldStartWith("# My backpropagation course\n\nBy Your Name.\n");
        index.IndexOf("## A network, step by step", StringComparison.Ordinal).ShouldBeLessThan(index.IndexOf("(lesson-my-network.md)", StringComparison.Ordinal));
        index.IndexOf("## A computation graph", StringComparison.Ordinal).ShouldBeGreaterThan(index.IndexOf("(lesson-my-network.md)", StringComparison.Ordinal));
        File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.html")).ShouldContain("<title>My 2-2-2 sigmoid network, one step of gradient descent · My backpropagation course</title>");
    }

    [Fact]
    public void BuildDir_ChineseCourse_PagesSayLangZhCn()
    {
        NewCourse();
        EditCourseFile("language: en ", "language: zh-CN ");

        Run("build", "c", "--format", "html").ExitCode.ShouldBe(0);

        File.ReadAllText(_temp.Combine("c", "site", "index.html")).ShouldStartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
    }

    [Fact]
    public void BuildDir_BuiltPages_HaveNoReloadScript()
    {
        NewCourse();
        Run("build", "c").ExitCode.ShouldBe(0);

        Directory.EnumerateFiles(_temp.Combine("c", "site"), "*.html").Where(f => File.ReadAllText(f).Contains("__explainer", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void BuildDir_Digits_OverridesTheCourseForEveryLesson()
    {
        NewCourse();

        Run("build", "c", "--format", "md", "--digits", "4").ExitCode.ShouldBe(0);

        // out_h1 = σ(0.3775) = 0.593269992…: at 4 digits the lesson shows 0.5933, and never the course's 10 digits.
        var lesson = File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.md"));
        (lesson.Contains("0.5933", StringComparison.Ordinal), lesson.Contains("0.593269992", StringComparison.Ordinal)).ShouldBe((true, false));
    }

    [Fact]
    public void BuildDir_CourseDigits_AreTheDefault()
    {
        NewCourse();
        EditCourseFile("digits: 10 ", "digits: 4 ");

        Run("build", "c", "--format", "md").ExitCode.ShouldBe(0);

        var lesson = File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.md"));
        (lesson.Contains("0.5933", StringComparison.Ordinal), lesson.Contains("0.593269992", StringComparison.Ordinal)).ShouldBe((true, false));
    }

    [Fact]
    public void BuildDir_BiasPolicy_OverridesTheSpecsOwn()
    {
        NewCourse();

        Run("build", "c", "--format", "md", "--bias-policy", "shared").ExitCode.ShouldBe(0);

        File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.md")).ShouldContain("b_{1}^{+} &= b_{1} - \\eta");
    }

    [Fact]
    public void BuildDir_CourseBiasPolicy_AppliesToNetworkLessonsAndTheCommandLineOverridesIt()
    {
        NewCourse();
        var course = _temp.Combine("c", "course.yaml");
        File.WriteAllText(course, File.ReadAllText(course).Replace("# bias_policy: shared ", "bias_policy: shared ", StringComparison.Ordinal));

        Run("build", "c", "--format", "md").ExitCode.ShouldBe(0);
        var fromCourse = File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.md"));
        Run("build", "c", "--format", "md", "--bias-policy", "frozen").ExitCode.ShouldBe(0);
        var fromCommand = File.ReadAllText(_temp.Combine("c", "site", "lesson-my-network.md"));

        (fromCourse.Contains("bias policy: shared", StringComparison.Ordinal), fromCommand.Contains("bias policy: frozen", StringComparison.Ordinal)).ShouldBe((true, true));
    }

    [Fact]
    public void BuildDir_Out_StillChoosesTheFolder()
    {
        NewCourse();

        Run("build", "c", "--out", "elsewhere").ExitCode.ShouldBe(0);

        (File.Exists(_temp.Combine("elsewhere", "index.html")), Directory.Exists(_temp.Combine("c", "site"))).ShouldBe((true, false));
    }

    [Fact]
    public void BuildDir_OutHoldingTheCourse_IsRefused()
    {
        NewCourse();

        var result = Run("build", "c", "--out", "c");

        (result.ExitCode, result.StandardError).ShouldBe((1, "explainer: error: --out c would hold the course folder c; build into a folder inside it or beside it, such as c/site\n"));
    }

    [Fact]
    public void BuildDir_FolderWithoutCourseFile_SaysHowToMakeOne()
    {
        Directory.CreateDirectory(_temp.Combine("empty"));

        var result = Run("build", "empty");

        (result.ExitCode, result.StandardError).ShouldBe((1, "explainer: error: empty has no course.yaml; `explainer new course DIR` writes a course, and `explainer build` without a folder builds the notes' own course\n"));
    }

    [Fact]
    public void Build_InACourseFolder_BuildsThatCourse()
    {
        NewCourse();

        var result = Site.Cli.Run(_temp.Combine("c"), "build", "--format", "md");

        (result.ExitCode, File.ReadAllText(_temp.Combine("c", "site", "index.md")).StartsWith("# My backpropagation course", StringComparison.Ordinal)).ShouldBe((0, true));
    }

    [Fact]
    public void Build_InACourseFolder_NamesItsFilesWithoutADotSlash()
    {
        NewCourse();
        var course = _temp.Combine("c", "course.yaml");
        File.WriteAllText(course, File.ReadAllText(course).Replace("      - lessons/expression.yaml", "      - lessons/gone.yaml", StringComparison.Ordinal));

        var result = Site.Cli.Run(_temp.Combine("c"), "build");

        var line = File.ReadAllLines(course).ToList().FindIndex(l => l.Contains("gone.yaml", StringComparison.Ordinal)) + 1;
        (result.ExitCode, result.StandardError).ShouldBe((2, $"course.yaml:{line}:9: lessons/gone.yaml: no such lesson file in .\n"));
    }

    [Fact]
    public void BuildDir_BadLessonAndMissingLesson_PrintsEveryProblemWithFileLineAndColumn()
    {
        NewCourse();
        var network = _temp.Combine("c", "lessons", "network.yaml");
        File.WriteAllText(network, File.ReadAllText(network).Replace("activations: [sigmoid, sigmoid]", "activations: [sigmod, sigmoid]", StringComparison.Ordinal));
        var course = _temp.Combine("c", "course.yaml");
        File.WriteAllText(course, File.ReadAllText(course).Replace("      - lessons/expression.yaml", "      - lessons/expression.yaml\n      - lessons/gone.yaml", StringComparison.Ordinal));

        var result = Run("build", "c");

        var line = File.ReadAllLines(course).ToList().FindIndex(l => l.Contains("gone.yaml", StringComparison.Ordinal)) + 1;
        (result.ExitCode, result.StandardOutput).ShouldBe((2, ""));
        result.StandardError.ShouldBe($"c/course.yaml:{line}:9: lessons/gone.yaml: no such lesson file in c\n");

        File.WriteAllText(course, File.ReadAllText(course).Replace("      - lessons/gone.yaml\n", string.Empty, StringComparison.Ordinal));
        var second = Run("build", "c");
        var column = File.ReadAllLines(network).First(l => l.StartsWith("activations:", StringComparison.Ordinal)).IndexOf("sigmod", StringComparison.Ordinal) + 1;
        var row = File.ReadAllLines(network).ToList().FindIndex(l => l.StartsWith("activations:", StringComparison.Ordinal)) + 1;
        (second.ExitCode, second.StandardError).ShouldBe((2, $"c/lessons/network.yaml:{row}:{column}: unknown activation 'sigmod'; did you mean 'sigmoid'?\n"));
        Directory.Exists(_temp.Combine("c", "site")).ShouldBeFalse();
    }

    [Fact]
    public void BuildDir_TwoLessonsWithOneId_IsRefusedAtTheSecondLessonsLine()
    {
        NewCourse();
        var expression = _temp.Combine("c", "lessons", "expression.yaml");
        File.WriteAllText(expression, File.ReadAllText(expression).Replace("id: my-expression", "id: my-network", StringComparison.Ordinal));

        var result = Run("build", "c");

        var line = File.ReadAllLines(_temp.Combine("c", "course.yaml")).ToList().FindIndex(l => l.Contains("- lessons/expression.yaml", StringComparison.Ordinal)) + 1;
        (result.ExitCode, result.StandardError).ShouldBe((2, $"c/course.yaml:{line}:9: lessons/expression.yaml has the id 'my-network', as lessons/network.yaml does; give each lesson its own id (its pages are named after it)\n"));
    }
}
