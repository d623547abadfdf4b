using Explainer.Courses;
using Explainer.Networks;
using Explainer.Tests.Site;

namespace Explainer.Tests.Courses;

/// <summary><c>course.yaml</c> read and checked: its fields, and every problem at its line and column.</summary>
public sealed class CourseLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public CourseLoaderTests()
    {
        Directory.CreateDirectory(_temp.Combine("c", "lessons"));
        File.WriteAllText(_temp.Combine("c", "lessons", "a.yaml"), "kind: network\n");
        File.WriteAllText(_temp.Combine("c", "lessons", "b.yaml"), "kind: expression\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Dir => _temp.Combine("c");

    [Fact]
    public void Parse_AllFields_GivesThemInOrder()
    {
        var result = CourseLoader.Parse(
            "title: T\nauthor: A\nlanguage: [zh-CN, en]\ndigits: 12\nbias_policy: shared\nbase_url: https://example.org/c/\n"
            + "parts:\n  - title: One\n    lessons: [lessons/b.yaml]\n  - title: Two\n    lessons:\n      - lessons/a.yaml\n",
            Dir);

        result.Messages.ShouldBeEmpty();
        var course = result.Course!;
        (course.Title, course.Author, string.Join(",", course.Languages), course.Digits, course.BiasPolicy, course.BaseUrl)
            .ShouldBe(("T", "A", "zh-CN,en", (int?)12, (BiasPolicy?)BiasPolicy.Shared, "https://example.org/c/"));
        course.Parts.Select(p => p.Title + ":" + string.Join(",", p.Lessons.Select(l => l.Path))).ShouldBe(["One:lessons/b.yaml", "Two:lessons/a.yaml"]);
    }

    [Fact]
    public void Parse_LessonEntry_KnowsTheLineThatListsIt()
    {
        var result = CourseLoader.Parse("title: T\nparts:\n  - title: One\n    lessons:\n      - lessons/a.yaml\n", Dir);

        result.Course!.Lessons.Single().Location.ShouldBe(Path.Combine(Dir, "course.yaml") + ":5:9");
    }

    [Fact]
    public void Parse_OnlyTitleAndParts_DefaultsToEnglishAndNoOverrides()
    {
        var course = CourseLoader.Parse("title: T\nparts: [{title: P, lessons: [lessons/a.yaml]}]\n", Dir).Course!;

        (string.Join(",", course.Languages), course.Digits, course.BiasPolicy, course.Author, course.BaseUrl).ShouldBe(("en", (int?)null, (BiasPolicy?)null, (string?)null, (string?)null));
    }

    [Fact]
    public void Parse_BadFile_ReportsEveryProblemAtItsLineAndColumn()
    {
        var text = """
            title: T
            langauge: fr
            language: fr
            digits: 0
            bias_policy: frozn
            base_url: example.org
            parts:
              - title: One
                lessons:
                  - lessons/a.yaml
                  - lessons/missing.yaml
                  - ../outside.yaml
                  - lessons/a.yaml
                  - lessons
              - lessons: []

            """;

        var file = Path.Combine(Dir, "course.yaml");
        CourseLoader.Parse(text, Dir).Messages.ShouldBe([
            $"{file}:2:1: unknown key 'langauge'; did you mean 'language'?",
            $"{file}:3:11: unknown language 'fr'; use en, zh-CN",
            $"{file}:4:9: digits: must be at least 1; got 0",
            $"{file}:5:14: unknown bias policy 'frozn'; did you mean 'frozen'?",
            $"{file}:6:11: base_url: 'example.org' is not a web address; write the address the site will be published at, e.g. https://example.org/course/",
            $"{file}:11:9: lessons/missing.yaml: no such lesson file in {Dir}",
            $"{file}:12:9: ../outside.yaml: the lesson lies outside the course folder; keep lessons under it, e.g. lessons/intro.yaml",
            $"{file}:13:9: lessons/a.yaml is listed twice (first at line 10); each lesson appears once",
            $"{file}:14:9: parts[1].lessons[5]: 'lessons' is not a lesson file; list spec files (.yaml, .yml or .json) by their path in the course folder, e.g. lessons/intro.yaml",
            $"{file}:14:9: lessons: this is a folder, not a lesson file",
            $"{file}:15:5: parts[2]: missing key 'title'",
            $"{file}:15:14: parts[2].lessons: needs at least 1 entry",
        ]);
    }

    [Fact]
    public void Parse_NoParts_SaysWhichKeyIsMissing()
    {
        CourseLoader.Parse("title: T\n", Dir).Messages.ShouldBe([$"{Path.Combine(Dir, "course.yaml")}:1:1: missing key 'parts'"]);
    }

    [Fact]
    public void Parse_YamlSyntaxError_IsLocated()
    {
        var messages = CourseLoader.Parse("title: T\nparts: [\n", Dir).Messages;

        messages.ShouldHaveSingleItem().ShouldStartWith(Path.Combine(Dir, "course.yaml") + ":");
    }

    [Fact]
    public void Load_NoCourseFile_SaysHowToWriteOne()
    {
        CourseLoader.Load(_temp.Path).Messages.ShouldBe([$"{Path.Combine(_temp.Path, "course.yaml")}:1:1: no such file; `explainer new course {_temp.Path}` writes a course that builds as it is"]);
    }

    [Fact]
    public void SchemaText_IsThePublishedSchemaFile()
    {
        CourseLoader.SchemaText.ShouldBe(File.ReadAllText(Path.Combine(Course.RepositoryRoot(), "schemas", "course.schema.json")));
    }
}
