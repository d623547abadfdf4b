using Explainer.Specs;

namespace Explainer.Tests.Specs;

/// <summary>Every file in BadSpecs/ gives exactly the diagnostics of its .expected file, all at once, as file:line:column: message.</summary>
public sealed class BadSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "BadSpecs");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Folder_HasAtLeastFortyCases_EachWithItsExpectedFile()
    {
        var cases = Cases().Select(c => (string)c.Data).ToList();

        cases.Count.ShouldBeGreaterThanOrEqualTo(40);
        cases.Where(c => !File.Exists(Path.Combine(Folder, Path.ChangeExtension(c, ".expected")))).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_BadSpec_GivesExactlyTheExpectedDiagnostics(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var expected = File.ReadAllLines(Path.Combine(Folder, Path.ChangeExtension(name, ".expected"))).Where(l => l.Length > 0).ToList();

        var result = SpecLoader.Parse(text, name);

        result.Succeeded.ShouldBeFalse();
        result.Network.ShouldBeNull();
        result.Messages.ShouldBe(expected);
    }

    [Theory]
    [InlineData("several-errors.yaml")]
    [InlineData("duplicate-key.yaml")]
    [InlineData("json-trailing-comma.json")]
    public void Parse_WindowsLineEndingsAndByteOrderMark_GiveTheSamePositions(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var expected = SpecLoader.Parse(text, name).Messages;

        var result = SpecLoader.Parse("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal), name);

        expected.Count.ShouldBeGreaterThan(0);
        result.Messages.ShouldBe(expected);
    }

    [Fact]
    public void Load_BadSpecFile_NamesThePathAsGiven()
    {
        var path = Path.Combine(Folder, "activation-typo.yaml");

        var result = SpecLoader.Load(path);

        result.Messages.ShouldBe([$"{path}:5:24: unknown activation 'sigmod'; did you mean 'sigmoid'?"]);
    }
}
