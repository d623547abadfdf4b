using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Specs;
using Explainer.Training;
using Explainer.Worked;

namespace Explainer.Tests.Cli;

/// <summary>A spec file becomes the same kind of <see cref="WorkedExample"/> the catalogue gives.</summary>
public sealed class SpecExamplesTests
{
    private static readonly string GoodSpecs = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");

    [Theory]
    [InlineData("net-2-2-2", false)]
    [InlineData("j-graph", false)]
    [InlineData("my.yaml", true)]
    [InlineData("my.YML", true)]
    [InlineData("dir/net.json", true)]
    [InlineData("net.yaml.bak", false)]
    [InlineData("yaml", false)]
    public void IsSpecPath_ByExtension_TellsFilesFromIds(string argument, bool file)
        => SpecExamples.IsSpecPath(argument).ShouldBe(file);

    [Fact]
    public void IsSpecPath_ExistingFileWithoutExtension_IsAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"explainer-spec-{Guid.NewGuid():N}");
        File.WriteAllText(path, "kind: network\n");
        try
        {
            SpecExamples.IsSpecPath(path).ShouldBeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Resolve_Id_IsTheCataloguesExample()
        => SpecExamples.Resolve("net-2-2-2").ShouldBeSameAs(Catalogue.Get("net-2-2-2"));

    [Fact]
    public void Resolve_BadFile_ThrowsWithEveryDiagnostic()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "BadSpecs", "activation-typo.yaml");

        var e = Should.Throw<SpecFileException>(() => SpecExamples.Resolve(path));

        e.Messages.ShouldBe([path + ":5:24: unknown activation 'sigmod'; did you mean 'sigmoid'?"]);
    }

    [Fact]
    public void Resolve_Net222Yaml_GivesItsIdTitleClaimsAndPolicy()
    {
        var example = SpecExamples.Resolve(Path.Combine(GoodSpecs, "net-2-2-2.yaml"));

        example.Id.ShouldBe("net-2-2-2");
        example.Title.ShouldBe("A 2-2-2 sigmoid network, one step of gradient descent");
        example.DefaultPolicy.ShouldBe(BiasPolicy.Frozen);
        example.Errata.ShouldBeEmpty();
        example.Steps.ShouldBe(1);
        example.Claims[2].ShouldBe(new Claim("001_7a5d002ff47c9624.txt", 625, "0.082167041", QuantityKey.Gradient("w5"), "\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{5}}"));
        example.Claims.Select(c => c.Label).ShouldBe(["\\mathrm{net}_{h1}", "\\mathrm{out}_{h1}", "\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{5}}", "w_{5}^+", "\\frac{\\partial \\mathrm{out}_{o1}}{\\partial \\mathrm{net}_{o1}}"]);
    }

    [Fact]
    public void Run_Net222Yaml_MatchesTheCataloguesRunAndItsClaims()
    {
        var example = SpecExamples.Resolve(Path.Combine(GoodSpecs, "net-2-2-2.yaml"));
        var catalogue = Catalogue.Get("net-2-2-2").Run();

        var run = example.Run();

        run.Policy.ShouldBe(BiasPolicy.Frozen);
        run.Updates.Select(u => (u.Parameter.Name, u.New.ToString(40))).ShouldBe(catalogue.Updates.Select(u => (u.Parameter.Name, u.New.ToString(40))));
        run.Checks.Select(c => c.Status).ShouldAllBe(s => s == ClaimStatus.Matches);
        run.Checks.Count.ShouldBe(5);
    }

    [Fact]
    public void Run_OtherPolicy_UpdatesTheBiasesAsTheCatalogueDoes()
    {
        var example = SpecExamples.Resolve(Path.Combine(GoodSpecs, "net-2-2-2.json"));
        var catalogue = Catalogue.Get("net-2-2-2").Run(BiasPolicy.PerNeuron);

        var run = example.Run(BiasPolicy.PerNeuron);

        run.Policy.ShouldBe(BiasPolicy.PerNeuron);
        run.Updates.Count.ShouldBe(12);
        run.Updates.Select(u => (u.Parameter.Name, u.New.ToString(40))).ShouldBe(catalogue.Updates.Select(u => (u.Parameter.Name, u.New.ToString(40))));
    }

    [Fact]
    public void Resolve_AdamSpec_CarriesItsOptimizerAndStepsForTrain()
    {
        var example = SpecExamples.Resolve(Path.Combine(GoodSpecs, "net-2-2-2-adam.yaml"));

        example.Optimizer!.Kind.ShouldBe(OptimizerKind.Adam);
        example.Steps.ShouldBe(3);
        example.Title.ShouldBe("net-2-2-2-adam");
        example.Summary.ShouldBeEmpty();
    }

    [Fact]
    public void FromSpec_GivenLabel_IsKept()
    {
        var text = File.ReadAllText(Path.Combine(GoodSpecs, "net-2-2-2.yaml")).Replace("quantity: \"grad:w5\"}", "quantity: \"grad:w5\", label: 'g_5'}", StringComparison.Ordinal);
        var loaded = SpecLoader.Parse(text, "labelled.yaml");
        loaded.Messages.ShouldBeEmpty();

        SpecExamples.FromSpec(loaded.Network!).Claims[2].Label.ShouldBe("g_5");
    }

    [Fact]
    public void Readme_SpecFileExample_LoadsAndItsClaimMatches()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "README.md")) || !Directory.Exists(Path.Combine(repository, "schemas")))
        {
            repository = Path.GetDirectoryName(repository.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        var readme = File.ReadAllText(Path.Combine(repository, "README.md"));
        var start = readme.IndexOf("```yaml\n", readme.IndexOf("## Spec files", StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml\n".Length;
        var text = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var loaded = SpecLoader.Parse(text, "README.md");

        loaded.Messages.ShouldBeEmpty();
        SpecExamples.FromSpec(loaded.Network!).Run().Checks.Single().Status.ShouldBe(ClaimStatus.Matches);
    }
}
