using Explainer.Checking;
using Explainer.Worked;

namespace Explainer.Tests.Checking;

/// <summary>Every spelling of a quantity resolves to its key on net-2-2-2, j-graph and a two-sample mini-batch; every other name says why it names nothing.</summary>
public sealed class QuantityNamesTests
{
    [Theory]
    [InlineData("out_h1", "value:out_h1")]
    [InlineData("  out_h1 ", "value:out_h1")]
    [InlineData("E_total", "value:E_total")]
    [InlineData("E", "value:E_total")]
    [InlineData("loss", "value:E_total")]
    [InlineData("out_{h1}", "value:out_h1")]
    [InlineData("w_5", "value:w5")]
    [InlineData("w_{5}", "value:w5")]
    [InlineData("E_{total}", "value:E_total")]
    [InlineData("value:out_h1", "value:out_h1")]
    [InlineData("grad:w5", "grad:w5")]
    [InlineData("grad : w5", "grad:w5")]
    [InlineData("partial:out_o1/net_o1", "partial:out_o1/net_o1")]
    [InlineData("path:net_o1/out_h1", "path:net_o1/out_h1")]
    [InlineData("update:w5", "update:w5")]
    [InlineData("dE/dout_o1", "grad:out_o1")]
    [InlineData("∂E_total/∂out_o1", "grad:out_o1")]
    [InlineData("d E / d out_o1", "grad:out_o1")]
    [InlineData("dE_total/dw5", "grad:w5")]
    [InlineData("dL/dw5", "grad:w5")]
    [InlineData("dJ/dw5", "grad:w5")]
    [InlineData("dloss/dw5", "grad:w5")]
    [InlineData("d(E_total)/d(w5)", "grad:w5")]
    [InlineData("dE/dE_total", "grad:E_total")]
    [InlineData(@"\frac{\partial E_{total}}{\partial w_5}", "grad:w5")]
    [InlineData(@"\partial E_{total} / \partial w_{5}", "grad:w5")]
    [InlineData("dout_o1/dnet_o1", "partial:out_o1/net_o1")]
    [InlineData("∂net_o1/∂w5", "partial:net_o1/w5")]
    [InlineData("dnet_h1/db1", "partial:net_h1/b1")]
    [InlineData("dE_o1/dout_o1", "partial:E_o1/out_o1")]
    [InlineData("w5+", "update:w5")]
    [InlineData("w5 +", "update:w5")]
    [InlineData("w5⁺", "update:w5")]
    [InlineData("w5^+", "update:w5")]
    [InlineData("w_5^+", "update:w5")]
    [InlineData("w_{5}^{+}", "update:w5")]
    public void Resolve_SpellingOnNet222_GivesTheKey(string name, string key)
    {
        var resolved = Runs.Names(Runs.Net).Resolve(name);

        resolved.Problem.ShouldBeNull();
        resolved.Key.ToString().ShouldBe(key);
    }

    [Theory]
    [InlineData("out_h3", "no quantity 'out_h3'; did you mean 'out_h1'?")]
    [InlineData("Out_H1", "no quantity 'Out_H1'; did you mean 'out_h1'?")]
    [InlineData("dE/dw9", "no quantity 'dE/dw9'; did you mean 'dE/dw1'?")]
    [InlineData("dE/dnet_o3", "no quantity 'dE/dnet_o3'; did you mean 'dE/dnet_o1'?")]
    [InlineData("dnet_o3/dw5", "no quantity 'dnet_o3/dw5'; did you mean 'dnet_o1/dw5'?")]
    [InlineData("grad:wl5", "no quantity 'grad:wl5'; did you mean 'grad:w5'?")]
    [InlineData("w9+", "no quantity 'w9+'; did you mean 'w1+'?")]
    [InlineData("xyzzy", "no quantity 'xyzzy': no node is named xyzzy; the nodes are i1, i2, w1, w2, w3, w4, …, E_total (25 in all)")]
    [InlineData("dout_o1/dw1", "no quantity 'dout_o1/dw1': w1 is not an input of out_o1, whose inputs are net_o1; a local partial is dout_o1/dINPUT, and the output's gradient dE_total/dw1")]
    [InlineData("partial:net_o1/w1", "no quantity 'partial:net_o1/w1': w1 is not an input of net_o1, whose inputs are w5, out_h1, w6, out_h2, b2; a local partial is dnet_o1/dINPUT, and the output's gradient dE_total/dw1")]
    [InlineData("dw5/dout_h1", "no quantity 'dw5/dout_h1': w5 is a parameter and has no inputs, so dw5/dout_h1 is no local partial; the output's gradient is dE_total/dout_h1")]
    [InlineData("b1+", "no quantity 'b1+': b1 is not updated under the bias policy frozen; the updated parameters are w1, w2, w3, w4, w5, w6, w7, w8")]
    [InlineData("update:b2", "no quantity 'update:b2': b2 is not updated under the bias policy frozen; the updated parameters are w1, w2, w3, w4, w5, w6, w7, w8")]
    [InlineData("i1+", "no quantity 'i1+': i1 is an input, not a parameter, and only parameters are updated: w1, w2, w3, w4, w5, w6, w7, w8")]
    [InlineData("w5'", "'w5'': a prime is ambiguous (an updated value, or a derivative); write w5+ for w5 after the update, or dE_total/dw5 for its gradient")]
    [InlineData("grd:w5", "'grd:w5' is not a quantity: unknown quantity kind 'grd'; did you mean 'grad'?")]
    [InlineData("partial:out_o1", "'partial:out_o1' is not a quantity: 'partial' names an edge, two nodes; write partial:OF/BY")]
    [InlineData("E/w5", "'E/w5' is no quantity: write dY/dX (or ∂Y/∂X) for a derivative, e.g. dE_total/dnet_h1, or a key such as partial:Y/X")]
    [InlineData("w5[2]", "no quantity 'w5[2]': w5 is shared by every sample; write w5, without [2]")]
    public void Resolve_NameOfNothingOnNet222_SaysWhyAndWhatToWrite(string name, string problem)
    {
        var resolved = Runs.Names(Runs.Net).Resolve(name);

        resolved.Key.ShouldBeNull();
        resolved.Problem.ShouldBe(problem);
    }

    [Fact]
    public void Resolve_FrozenBiasWithoutPolicy_SaysItIsNotUpdatedInThisRun()
    {
        var run = Runs.Net;

        var resolved = QuantityNames.Resolve("b1+", run.Trace, run.Updates);

        resolved.Problem.ShouldBe("no quantity 'b1+': b1 is not updated in this run; the updated parameters are w1, w2, w3, w4, w5, w6, w7, w8");
    }

    [Theory]
    [InlineData("J", "value:J")]
    [InlineData("u", "value:u")]
    [InlineData("dJ/da", "grad:a")]
    [InlineData("∂J/∂c", "grad:c")]
    [InlineData("dE/db", "grad:b")]
    [InlineData("dJ/dv", "grad:v")]
    [InlineData("dv/da", "partial:v/a")]
    [InlineData("du/db", "partial:u/b")]
    [InlineData("partial:J/v", "partial:J/v")]
    [InlineData("path:u/c", "path:u/c")]
    public void Resolve_SpellingOnJGraph_GivesTheKey(string name, string key)
    {
        var resolved = Runs.Names(Runs.JGraph).Resolve(name);

        resolved.Problem.ShouldBeNull();
        resolved.Key.ToString().ShouldBe(key);
    }

    [Theory]
    [InlineData("a+", "no quantity 'a+': this run takes no update step (it has no learning rate), so a is never updated")]
    [InlineData("du/da", "no quantity 'du/da': a is not an input of u, whose inputs are b, c; a local partial is du/dINPUT, and the output's gradient dJ/da")]
    [InlineData("dJ/dx", "no quantity 'dJ/dx': no node is named x; the nodes are a, b, c, u, v, three, J")]
    public void Resolve_NameOfNothingOnJGraph_SaysWhy(string name, string problem)
    {
        var resolved = Runs.Names(Runs.JGraph).Resolve(name);

        resolved.Key.ShouldBeNull();
        resolved.Problem.ShouldBe(problem);
    }

    [Theory]
    [InlineData("out_h1[2]", "value:out_h1[2]")]
    [InlineData("out_h1 [2]", "value:out_h1[2]")]
    [InlineData("E_total", "value:E_total")]
    [InlineData("E_total[1]", "value:E_total[1]")]
    [InlineData("dE/dout_o1[2]", "grad:out_o1[2]")]
    [InlineData("dE/dw5", "grad:w5")]
    [InlineData("dout_o1[1]/dnet_o1[1]", "partial:out_o1[1]/net_o1[1]")]
    [InlineData("dE_total/dE_total[2]", "grad:E_total[2]")]
    [InlineData("partial:net_o1[2]/w5", "partial:net_o1[2]/w5")]
    [InlineData("w5+", "update:w5")]
    public void Resolve_SpellingOnMiniBatch_GivesTheKey(string name, string key)
    {
        var resolved = Runs.Names(Runs.MiniBatch).Resolve(name);

        resolved.Problem.ShouldBeNull();
        resolved.Key.ToString().ShouldBe(key);
    }

    [Theory]
    [InlineData("out_h1", "no quantity 'out_h1': out_h1 is computed once per sample here; write out_h1[1] … out_h1[2]")]
    [InlineData("dE/dout_o1", "no quantity 'dE/dout_o1': out_o1 is computed once per sample here; write dE/dout_o1[1] … dE/dout_o1[2]")]
    [InlineData("w5[1]", "no quantity 'w5[1]': w5 is shared by every sample; write w5, without [1]")]
    [InlineData("out_h1[3]", "no quantity 'out_h1[3]'; did you mean 'out_h1[1]'?")]
    [InlineData("dout_o1[1]/dnet_o1[2]", "no quantity 'dout_o1[1]/dnet_o1[2]': net_o1[2] is not an input of out_o1[1], whose inputs are net_o1[1]; a local partial is dout_o1[1]/dINPUT, and the output's gradient dE_total/dnet_o1[2]")]
    public void Resolve_NameOfNothingOnMiniBatch_SaysWhy(string name, string problem)
    {
        var resolved = Runs.Names(Runs.MiniBatch).Resolve(name);

        resolved.Key.ShouldBeNull();
        resolved.Problem.ShouldBe(problem);
    }

    [Fact]
    public void Resolve_EveryNodeNameAndEveryEdge_GivesItsOwnKey()
    {
        var run = Runs.Net;
        var names = Runs.Names(run);

        var values = run.Graph.Nodes.Select(n => names.Resolve(n.Name).Key.ToString()).ToList();
        var partials = run.Trace.Edges.Select(e => names.Resolve($"d{e.Consumer.Name}/d{e.Input.Name}").Key.ToString()).ToList();

        values.ShouldBe(run.Graph.Nodes.Select(n => $"value:{n.Name}"));
        partials.ShouldBe(run.Trace.Edges.Select(e => e.Consumer == run.Graph.Output ? $"grad:{e.Input.Name}" : $"partial:{e.Consumer.Name}/{e.Input.Name}"));
    }

    [Fact]
    public void Resolve_KeyFound_NamesAQuantityTheRunResolves()
    {
        var run = Runs.Net;
        var names = Runs.Names(run);

        var keys = new[] { "out_h1", "dE/dw5", "dout_o1/dnet_o1", "w5+", "path:net_o1/out_h1" }.Select(n => names.Resolve(n).Key!.Value).ToList();

        keys.Select(k => run.Resolve(k).ToString(9)).ShouldBe(["0.593269992", "0.0821670406", "0.186815602", "0.358916480", "0.0553994247"]);
    }

    [Fact]
    public void Resolve_ThousandsOfUnknownNames_StopSuggestingOnceTheBudgetIsSpent()
    {
        var names = Runs.Names(Runs.Net);
        var early = names.Resolve("out_h3").Problem;

        for (var i = 0; i < 10_000; i++)
        {
            names.Resolve(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"q{i}"));
        }

        early.ShouldBe("no quantity 'out_h3'; did you mean 'out_h1'?");
        names.Resolve("out_h4").Problem.ShouldBe("no quantity 'out_h4': no node is named out_h4; the nodes are i1, i2, w1, w2, w3, w4, …, E_total (25 in all)");
        names.Resolve("out_h3").Problem.ShouldBe(early);
    }

    [Fact]
    public void Resolve_LongName_IsRefusedWithTheLimit()
    {
        var resolved = Runs.Names(Runs.Net).Resolve(new string('x', 201));

        resolved.Problem.ShouldBe("no quantity has a name of 201 characters; names are at most 200");
    }
}
