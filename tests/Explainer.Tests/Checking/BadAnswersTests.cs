using Explainer.Checking;

namespace Explainer.Tests.Checking;

/// <summary>Every file in BadAnswers/ gives exactly the messages of its .expected file, all at once, as file:line:column: message, read against net-2-2-2.</summary>
/// <remarks>The folder is read from the source tree (found upwards from the test's output), so no project setting copies it.</remarks>
public sealed class BadAnswersTests
{
    private static readonly string Folder = FindFolder();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Folder_HasTwentyCases_EachWithItsExpectedFile()
    {
        var cases = Cases().Select(c => (string)c.Data).ToList();

        cases.Count.ShouldBeGreaterThanOrEqualTo(20);
        cases.Where(c => !File.Exists(Expected(c))).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BadAnswers_GivesExactlyTheExpectedMessages(string name)
    {
        var run = Runs.Net;
        var expected = File.ReadAllLines(Expected(name)).Where(l => l.Length > 0).ToList();

        var sheet = AnswerSheetReader.Load(Path.Combine(Folder, name), run.Trace, run.Updates, run.Policy);

        sheet.Messages.Select(m => m.Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ShouldBe(expected);
    }

    private static string Expected(string name) => Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".expected");

    private static string FindFolder()
    {
        var directory = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(directory, "tests", "Explainer.Tests", "Checking", "BadAnswers")))
        {
            directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new DirectoryNotFoundException("tests/Explainer.Tests/Checking/BadAnswers is not above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory, "tests", "Explainer.Tests", "Checking", "BadAnswers");
    }
}
