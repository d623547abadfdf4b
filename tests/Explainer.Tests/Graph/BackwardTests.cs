using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Tests.Graph;

/// <summary>The reverse pass on small hand-built graphs: what it visits, in which order, and what it leaves alone.</summary>
public sealed class BackwardTests
{
    [Fact]
    public void NodeTheOutputDoesNotUse_HasGradientZeroAndNoEdges()
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", Real.Parse("0.5"));
        var y = g.Input("y", "y", 3);
        var unused = g.Apply(Ops.Mul, [x, y], "u");
        var j = g.Apply(Ops.Add, [x, g.Constant(1)], "J");

        var trace = Backward.Run(g.Build(j));

        trace.Gradient(x).ShouldBe(Real.One);
        trace.Gradient(y).ShouldBe(Real.Zero);
        trace.Gradient(unused).ShouldBe(Real.Zero);
        trace.Contributions(y).ShouldBeEmpty();
        trace.Edges.ShouldNotContain(e => e.Consumer == unused);
        trace.Edges.Count.ShouldBe(2);
    }

    [Fact]
    public void InputUsedTwiceByOneConsumer_ContributesOncePerSlotInSlotOrder()
    {
        var g = new GraphBuilder();
        var x = g.Input("x", "x", Real.Parse("1.5"));
        var square = g.Apply(Ops.Mul, [x, x], "s");

        var trace = Backward.Run(g.Build(square));

        trace.Contributions(x).Select(e => e.Index).ShouldBe([0, 1]);
        trace.Gradient(x).ShouldBe(Real.FromInteger(3));
    }

    [Fact]
    public void Contributions_AreOrderedByConsumerCreation_AndSumToTheGradient()
    {
        var g = new GraphBuilder();
        var a = g.Input("a", "a", 2);
        var first = g.Apply(Ops.Mul, [a, g.Constant(3)], "p");
        var second = g.Apply(Ops.Mul, [a, g.Constant(5)], "q");
        var j = g.Apply(Ops.Add, [second, first], "J");

        var trace = Backward.Run(g.Build(j));

        trace.Contributions(a).Select(e => e.Consumer.Name).ShouldBe(["p", "q"]);
        trace.Contributions(a).Select(e => e.Contribution).ShouldBe([Real.FromInteger(3), Real.FromInteger(5)]);
        trace.Gradient(a).ShouldBe(Real.FromInteger(8));
    }

    [Fact]
    public void PartialFormula_IsWrittenOverTheSymbols()
    {
        var g = new GraphBuilder();
        var z = g.Input("z", "z", Real.Parse("0.3775"));
        var o = g.Apply(Ops.Sigmoid, [z], "o", "\\mathrm{out}");

        var edge = Backward.Run(g.Build(o)).Edges.Single();

        edge.PartialFormula.ShouldBe("\\mathrm{out}(1 - \\mathrm{out})");
        edge.Partial.Format(9).Text.ShouldBe("0.241300709");
    }
}
