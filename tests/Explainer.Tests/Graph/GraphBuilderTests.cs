using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Tests.Graph;

/// <summary>What a built graph keeps of its builder: its nodes and names as they were when it was built.</summary>
public sealed class GraphBuilderTests
{
    [Fact]
    public void NodesAddedAfterBuild_AreNotInTheGraphBuiltBefore()
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", Real.Parse("0.5"));
        var first = g.Build(g.Apply(Ops.Mul, [x, x], "y"));

        var z = g.Apply(Ops.Add, [x, x], "z");
        var second = g.Build(z);

        first.Find("z").ShouldBeNull();
        first.Nodes.Count.ShouldBe(2);
        first["y"].Value.ShouldBe(Real.Parse("0.25"));
        second.Find("z").ShouldBeSameAs(z);
        second["y"].ShouldBeSameAs(first["y"]);
        second.Nodes.Count.ShouldBe(3);
    }

    [Fact]
    public void NameTakenBeforeBuild_IsStillTakenAfter()
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", 2);
        _ = g.Build(x);

        Should.Throw<ArgumentException>(() => g.Input("x", "x", 3)).Message.ShouldContain("'x'");
    }
}
