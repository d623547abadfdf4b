using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Explainer.Tests.Site;
using Spawn = Explainer.Tests.Site.Cli;
using Explainer.Worked;

namespace Explainer.Tests.Cli;

/// <summary>Issue 10's done-when checks, run on the built CLI: spec files where example ids go, <c>new network</c>, <c>validate</c>, <c>list FOLDER</c>.</summary>
public sealed class SpecFileCommandTests
{
    private static readonly string GoodSpecs = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");

    /// <summary>A spec whose line 7 misspells an activation (column 15 is the 's' of 'sigmod').</summary>
    private const string TypoSpec = """
        # yaml-language-server: $schema=../schemas/example.schema.json
        # line 2: a network with a typo on line 7
        kind: network
        id: typo
        title: A typo
        layers: [2, 2, 2]
        activations: [sigmod, sigmoid]
        weights:
          - [[0.15, 0.20], [0.25, 0.30]]
          - [[0.40, 0.45], [0.50, 0.55]]
        biases: [0.35, 0.60]
        samples:
          - inputs: [0.05, 0.10]
            targets: [0.01, 0.99]
        loss: half_sum_of_squares
        learning_rate: 0.5

        """;

    [Fact]
    public void NewNetworkThenGolden_Digits30_GivesW5PlusToThirtyDigitsAndBothClaimsMatch()
    {
        using var temp = new TempFolder();

        var created = Spawn.Run(temp.Path, "new", "network", "my.yaml");
        var golden = Spawn.Run(temp.Path, "golden", "my.yaml", "--digits", "30");

        created.ExitCode.ShouldBe(0, created.StandardError);
        created.StandardOutput.ShouldBeEmpty();
        golden.ExitCode.ShouldBe(0, golden.StandardError);
        var json = JsonNode.Parse(golden.StandardOutput)!;
        var w5 = json["updates"]!.AsArray().Single(u => (string)u!["name"]! == "w5")!;
        ((string)w5["new"]!["value"]!).ShouldBe("0.358916479717884610576790483223");
        var claims = json["claims"]!.AsArray();
        claims.Select(c => ((string)c!["quantity"]!, (string)c["source"]!, (string)c["status"]!)).ShouldBe(
        [
            ("grad:w5", "001_7a5d002ff47c9624.txt:625", "matches"),
            ("update:w5", "001_7a5d002ff47c9624.txt:629", "matches"),
        ]);
        ((string)json["provenance"]!["example"]!).ShouldBe("my-network");
    }

    [Fact]
    public void GoldenOfNet222_Digits30_HasTheSameW5PlusAsTheStarter()
    {
        using var temp = new TempFolder();

        var golden = Spawn.Run(temp.Path, "golden", "net-2-2-2", "--digits", "30");

        var w5 = JsonNode.Parse(golden.StandardOutput)!["updates"]!.AsArray().Single(u => (string)u!["name"]! == "w5")!;
        ((string)w5["new"]!["value"]!).ShouldBe("0.358916479717884610576790483223");
    }

    [Theory]
    [InlineData("show")]
    [InlineData("golden")]
    [InlineData("train")]
    [InlineData("gradcheck")]
    [InlineData("bench")]
    public void Command_SpecWithMisspeltActivationOnLine7_PrintsTheDiagnosticAloneAndExits2(string command)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("my.yaml"), TypoSpec);

        var result = Spawn.Run(temp.Path, command, "my.yaml");

        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBeEmpty();
        result.StandardError.ShouldBe("my.yaml:7:15: unknown activation 'sigmod'; did you mean 'sigmoid'?\n");
    }

    [Fact]
    public void Show_MissingSpecFile_SaysNoSuchFileAtTheFileAndExits2()
    {
        using var temp = new TempFolder();

        var result = Spawn.Run(temp.Path, "show", "nope.yml");

        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBeEmpty();
        result.StandardError.ShouldBe("nope.yml:1:1: no such file\n");
    }

    [Fact]
    public void Show_AFolderNamedLikeASpec_SaysItIsAFolder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "specs.yaml"));

        var result = Spawn.Run(temp.Path, "show", "specs.yaml");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldBe("specs.yaml:1:1: this is a folder, not a spec file (explainer list FOLDER lists the specs in it)\n");
    }

    [Fact]
    public void Golden_SpecWithEveryErrorAtOnce_PrintsEachOnItsOwnLine()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("two.yaml"), TypoSpec.Replace("loss: half_sum_of_squares", "loss: half_sum_of_square", StringComparison.Ordinal));

        var result = Spawn.Run(temp.Path, "golden", "two.yaml");

        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBeEmpty();
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2, result.StandardError);
        lines[0].ShouldBe("two.yaml:7:15: unknown activation 'sigmod'; did you mean 'sigmoid'?");
        lines[1].ShouldStartWith("two.yaml:15:7: ");
        lines[1].ShouldContain("half_sum_of_square");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("per-neuron")]
    public void Golden_Net222SpecWithTheCataloguesClaims_EqualsTheCataloguesGoldenButForTheExampleId(string? policy)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("mine.yaml"), WithCatalogueClaims("mine-2-2-2"));
        string[] options = policy is null ? ["--digits", "30"] : ["--digits", "30", "--bias-policy", policy];

        var ours = Spawn.Run(temp.Path, ["golden", "net-2-2-2", .. options]);
        var theirs = Spawn.Run(temp.Path, ["golden", "mine.yaml", .. options]);

        ours.ExitCode.ShouldBe(0, ours.StandardError);
        theirs.ExitCode.ShouldBe(0, theirs.StandardError);
        var expected = JsonNode.Parse(ours.StandardOutput)!;
        var actual = JsonNode.Parse(theirs.StandardOutput)!;
        ((string)expected["provenance"]!["example"]!).ShouldBe("net-2-2-2");
        ((string)actual["provenance"]!["example"]!).ShouldBe("mine-2-2-2");
        actual["provenance"]!["example"] = "net-2-2-2";
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue(customMessage: "only provenance.example may differ");
        theirs.StandardOutput.Replace("\"mine-2-2-2\"", "\"net-2-2-2\"", StringComparison.Ordinal).ShouldBe(ours.StandardOutput);
    }

    [Fact]
    public void Golden_Starter_DiffersFromNet222OnlyInTheExampleIdAndHavingTwoOfItsClaims()
    {
        using var temp = new TempFolder();
        Spawn.Run(temp.Path, "new", "network", "my.yaml").ExitCode.ShouldBe(0);

        var expected = JsonNode.Parse(Spawn.Run(temp.Path, "golden", "net-2-2-2").StandardOutput)!;
        var actual = JsonNode.Parse(Spawn.Run(temp.Path, "golden", "my.yaml").StandardOutput)!;

        var kept = expected["claims"]!.AsArray().Where(c => (string)c!["source"]! is "001_7a5d002ff47c9624.txt:625" or "001_7a5d002ff47c9624.txt:629"
            && (string)c["quantity"]! is "grad:w5" or "update:w5").Select(c => c!.DeepClone()).ToArray();
        kept.Length.ShouldBe(2);
        expected["claims"] = new JsonArray(kept);
        expected["provenance"]!["example"] = "my-network";
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue();
    }

    [Fact]
    public void NewNetwork_ExistingFile_IsRefusedAndLeftAsItWas()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("my.yaml"), "mine\n");

        var result = Spawn.Run(temp.Path, "new", "network", "my.yaml");

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldBeEmpty();
        result.StandardError.ShouldBe("explainer: error: my.yaml already exists; explainer new does not overwrite a file: give a new name or remove it first\n");
        File.ReadAllText(temp.Combine("my.yaml")).ShouldBe("mine\n");
        Directory.GetFiles(temp.Path).Length.ShouldBe(1);
    }

    [Fact]
    public void NewNetwork_NoFile_PrintsAStarterThatValidates()
    {
        using var temp = new TempFolder();

        var printed = Spawn.Run(temp.Path, "new", "network");
        File.WriteAllText(temp.Combine("printed.yaml"), printed.StandardOutput);
        var validated = Spawn.Run(temp.Path, "validate", "printed.yaml");

        printed.ExitCode.ShouldBe(0, printed.StandardError);
        printed.StandardOutput.ShouldStartWith("# yaml-language-server: $schema=");
        printed.StandardOutput.ShouldContain("kind: network\n");
        validated.ExitCode.ShouldBe(0, validated.StandardError);
        validated.StandardOutput.ShouldBe("printed.yaml: ok\n");
    }

    [Fact]
    public void NewNetwork_InsideTheRepository_PointsAtTheSchemaByARelativePath()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "schemas", "example.schema.json")))
        {
            repository = Path.GetDirectoryName(repository.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        var result = Spawn.Run(Path.Combine(repository, "tests"), "new", "network");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.Split('\n')[0].ShouldBe("# yaml-language-server: $schema=../schemas/example.schema.json");
    }

    [Fact]
    public void NewExpression_WritesAStarterThatValidatesAndGivesGoldenValues()
    {
        using var temp = new TempFolder();

        var written = Spawn.Run(temp.Path, "new", "expression", "e.yaml");
        var validated = Spawn.Run(temp.Path, "validate", "e.yaml");
        var golden = Spawn.Run(temp.Path, "golden", "e.yaml", "--digits", "30");

        written.ExitCode.ShouldBe(0, written.StandardError);
        validated.StandardOutput.ShouldBe("e.yaml: ok\n");
        golden.ExitCode.ShouldBe(0, golden.StandardError);
        using var json = System.Text.Json.JsonDocument.Parse(golden.StandardOutput);
        var updates = json.RootElement.GetProperty("updates").EnumerateArray().ToDictionary(u => u.GetProperty("name").GetString()!, u => u.GetProperty("new").GetProperty("value").GetString());
        updates.ShouldBe(new Dictionary<string, string?> { ["a"] = "4.7", ["b"] = "2.4" });
        json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ShouldAllBe(v => v == "matches");
    }

    [Fact]
    public void GradCheck_ExpressionSpec_ChecksEachParameterAgainstTheCentralDifference()
    {
        var result = Spawn.Run(GoodSpecs, "gradcheck", "j-graph.yaml", "--epsilon", "1e-3");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.Split('\n')[0].ShouldBe("j-graph-spec: central differences with ε = 0.001 (001_7a5d002ff47c9624.txt:878) of J with respect to each parameter");
        Row(result.StandardOutput, "a").ShouldBe(["a", "3", "3", "0", "0"]);
        Row(result.StandardOutput, "b").ShouldBe(["b", "6", "6", "0", "0"]);
    }

    [Fact]
    public void Validate_AGoodAndABadFile_SaysOkForOneAndGivesTheOthersDiagnosticsAndExits2()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(GoodSpecs, "net-2-2-2.yaml"), temp.Combine("good.yaml"));
        File.WriteAllText(temp.Combine("my.yaml"), TypoSpec);

        var result = Spawn.Run(temp.Path, "validate", "good.yaml", "my.yaml");

        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBe("good.yaml: ok\n");
        result.StandardError.ShouldBe("my.yaml:7:15: unknown activation 'sigmod'; did you mean 'sigmoid'?\n");
    }

    [Fact]
    public void Validate_GoodYamlAndJson_SaysOkForEachAndExits0()
    {
        var result = Spawn.Run(GoodSpecs, "validate", "net-2-2-2.yaml", "net-2-2-2.json", "net-2-2-2-adam.yaml");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBe("net-2-2-2.yaml: ok\nnet-2-2-2.json: ok\nnet-2-2-2-adam.yaml: ok\n");
        result.StandardError.ShouldBeEmpty();
    }

    [Fact]
    public void List_Folder_GivesEachSpecsIdAndTitleOrItsFirstDiagnostic()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("specs"));
        File.Copy(Path.Combine(GoodSpecs, "net-2-2-2.json"), temp.Combine("specs", "a.json"));
        File.WriteAllText(temp.Combine("specs", "b.yaml"), TypoSpec);
        File.WriteAllText(temp.Combine("specs", "notes.txt"), "not a spec");

        var result = Spawn.Run(temp.Path, "list", "specs");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBe(
            "net-2-2-2        A 2-2-2 sigmoid network, one step of gradient descent  [a.json, network]\n"
            + Path.Combine("specs", "b.yaml") + ":7:15: unknown activation 'sigmod'; did you mean 'sigmoid'?\n");
    }

    [Fact]
    public void List_NoFolder_ListsTheCatalogue()
    {
        using var temp = new TempFolder();

        var result = Spawn.Run(temp.Path, "list");

        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ShouldBe(Catalogue.All.Select(e => e.Id));
    }

    [Fact]
    public void List_MissingFolder_IsRefusedByName()
    {
        using var temp = new TempFolder();

        var result = Spawn.Run(temp.Path, "list", "nowhere");

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldBe("explainer: error: no such folder 'nowhere'\n");
    }

    [Fact]
    public void Train_SpecWithItsOwnOptimizer_RunsItsStepsUnlessTheCommandLineSaysOtherwise()
    {
        var own = Spawn.Run(GoodSpecs, "train", "net-2-2-2-adam.yaml");
        var sgd = Spawn.Run(GoodSpecs, "train", "net-2-2-2-adam.yaml", "--optimizer", "sgd", "--steps", "2");

        own.ExitCode.ShouldBe(0, own.StandardError);
        own.StandardOutput.Split('\n')[0].ShouldStartWith("net-2-2-2-adam: 3 steps of adam (rate = 0.001, rho1 = 0.8, rho2 = 0.99, delta = 1e-8; 002_347323eec919df2e.txt:365), bias policy per-neuron");
        sgd.ExitCode.ShouldBe(0, sgd.StandardError);
        sgd.StandardOutput.Split('\n')[0].ShouldStartWith("net-2-2-2-adam: 2 steps of sgd (rate = 0.001;");
    }

    [Fact]
    public void GradCheck_SpecFile_ChecksEveryParameterOfItsNetwork()
    {
        var result = Spawn.Run(GoodSpecs, "gradcheck", "net-2-2-2.yaml");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldStartWith("net-2-2-2: central differences with ε = 0.0001");
        foreach (var w in Enumerable.Range(1, 8))
        {
            result.StandardOutput.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"│ w{w} "));
        }
    }

    /// <summary>The good 2-2-2 spec under another id, with the catalogue's own 20 claims (labels included) in place of its five.</summary>
    private static string WithCatalogueClaims(string id)
    {
        var text = File.ReadAllText(Path.Combine(GoodSpecs, "net-2-2-2.yaml"));
        var head = text[..text.IndexOf("claims:", StringComparison.Ordinal)].Replace("id: net-2-2-2", "id: " + id, StringComparison.Ordinal);
        var claims = new StringBuilder("claims:\n");
        foreach (var c in Catalogue.Get("net-2-2-2").Claims)
        {
            claims.Append(CultureInfo.InvariantCulture, $"  - {{printed: \"{c.Printed}\", source: \"{c.Citation}\", quantity: \"{c.Quantity}\", label: '{c.Label}'}}\n");
        }

        return head + claims;
    }

    /// <summary>The cells of the table row whose first cell is <paramref name="first"/>.</summary>
    private static string[] Row(string table, string first)
        => [.. table.Split('\n').Select(l => l.Split('│', StringSplitOptions.TrimEntries)).Where(c => c.Length > 2 && c[1] == first).Single()[1..^1]];
}
