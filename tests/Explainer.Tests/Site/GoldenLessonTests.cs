using System.Text;

namespace Explainer.Tests.Site;

/// <summary>The Markdown lesson and worksheet of j-graph, and the lesson of net-2-2-2, byte for byte against the committed files in <c>Golden/</c>.</summary>
/// <remarks>Set <c>EXPLAINER_UPDATE_GOLDEN=1</c> to rewrite the golden file from the current output (the test then passes); review the diff before committing it.</remarks>
public sealed class GoldenLessonTests : IDisposable
{
    private const string UpdateVariable = "EXPLAINER_UPDATE_GOLDEN";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("lesson-j-graph.md")]
    [InlineData("lesson-j-graph.worksheet.md")]
    [InlineData("lesson-net-2-2-2.md")]
    public void MarkdownPage_IsTheGoldenFile(string name)
    {
        var site = _temp.Combine("site");
        Course.Build(site, html: false);
        var actual = File.ReadAllBytes(Path.Combine(site, name));
        var golden = Path.Combine(Course.RepositoryRoot(), "tests", "Explainer.Tests", "Site", "Golden", name);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(golden, actual);
        }

        File.Exists(golden).ShouldBeTrue($"{golden} is missing; run the tests once with {UpdateVariable}=1 and review it");
        var expected = File.ReadAllBytes(golden);
        expected.AsSpan().SequenceEqual(actual).ShouldBeTrue(FirstDifference(expected, actual));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        var line = Enumerable.Range(0, Math.Max(e.Length, a.Length)).FirstOrDefault(i => i >= e.Length || i >= a.Length || e[i] != a[i]);
        string At(string[] lines) => line < lines.Length ? lines[line] : "<end of file>";
        return $"line {line + 1}: golden «{At(e)}», now «{At(a)}» (set {UpdateVariable}=1 to accept the new output)";
    }
}
