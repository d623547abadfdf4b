namespace Explainer.Worked.Tests;

/// <summary>The course reads from easy to hard: the worked examples by size, then the two tours.</summary>
public sealed class CatalogueOrderTests
{
    private static readonly string[] EasyToHard = ["linear-chain", "j-graph", "logistic-graph", "and-neuron", "net-2-2-2"];

    [Fact]
    public void ExampleIds_AreFromEasyToHard()
    {
        Catalogue.ExampleIds.ShouldBe(EasyToHard);
    }

    [Fact]
    public void All_LoadsTheExamplesInTheOrderOfTheirIds()
    {
        Catalogue.All.Select(e => e.Id).ShouldBe(EasyToHard);
    }

    [Fact]
    public void CourseLessons_AreTheExamplesFromEasyToHard_ThenTheActivationsThenTheOptimizers()
    {
        CourseLessons.All(6, diagrams: false).Select(l => l.Lesson.Id).ShouldBe([.. EasyToHard, "activations", "optimizers"]);
    }
}
