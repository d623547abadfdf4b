using System.Text.Json;
using Explainer.Numbers;
using Explainer.Tests.Site;
using Runner = Explainer.Tests.Site.Cli;
using Explainer.Worked;

namespace Explainer.Tests.Cli;

/// <summary><c>explainer check</c> as a student runs it: a table of verdicts, JSON for tools, exit codes that say whether everything is right.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RightAnswers_AreAllCorrectAndExitZero()
    {
        File.WriteAllText(_temp.Combine("answers.txt"), "# the forward pass\nout_h1 = 0.59327\nE_total = 0.2984\ndE/dout_o1 = 0.7414\ndout_o1/dnet_o1 = 0.1868\ndE/dw5 = 0.0822\nw5+ = 0.3589\n");

        var result = Runner.Run(_temp.Path, "check", "net-2-2-2", "answers.txt");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("✓ correct");
        result.StandardOutput.ShouldNotContain("✗");
        result.StandardOutput.TrimEnd().Split('\n')[^1].ShouldBe("6 answers: 6 correct");
    }

    [Fact]
    public void StaleWeights_IsNamedOnTheFirstHiddenGradientAndTheUpdatesFollow()
    {
        // The hidden layer computed with w5…w8 already updated, as Mazur's early script did; written to 7 digits.
        var run = Catalogue.Get("net-2-2-2").Run();
        Real New(string w) => run.Updates.Single(u => u.Parameter.Name == w).New;
        var dOutH1 = (run.Trace.Gradient("net_o1") * New("w5")) + (run.Trace.Gradient("net_o2") * New("w7"));
        var outH1 = run.Graph["out_h1"].Value;
        var dW1 = dOutH1 * outH1 * (1 - outH1) * run.Graph["i1"].Value;
        var dW2 = dOutH1 * outH1 * (1 - outH1) * run.Graph["i2"].Value;
        string S(Real r) => r.Format(7).Text;
        File.WriteAllText(_temp.Combine("answers.txt"), string.Join('\n',
            "dE/dw5 = " + S(run.Trace.Gradient("w5")),
            "w5+ = " + S(New("w5")),
            "dE/dout_h1 = " + S(dOutH1),
            "dE/dw1 = " + S(dW1),
            "dE/dw2 = " + S(dW2),
            "w1+ = " + S(Real.Parse("0.15") - (Real.Parse("0.5") * dW1)),
            "w2+ = " + S(Real.Parse("0.20") - (Real.Parse("0.5") * dW2))) + "\n");

        var result = Runner.Run(_temp.Path, "check", "net-2-2-2", "answers.txt", "--json");

        result.ExitCode.ShouldBe(1, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var marks = json.RootElement.GetProperty("marks").EnumerateArray().Select(m => (m.GetProperty("verdict").GetString(), m.GetProperty("mistake").GetString())).ToList();
        marks.ShouldBe([("correct", null), ("correct", null), ("wrong", "stale-weights"), ("follows", null), ("follows", null), ("follows", null), ("follows", null)]);
        json.RootElement.GetProperty("summary").GetProperty("wrong").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("marks")[2].GetProperty("expected").GetString().ShouldBe(S(run.Trace.Gradient("out_h1")));
    }

    [Fact]
    public void ASignFlippedGradient_IsWrongWithTheMistakeNamedInTheTable()
    {
        File.WriteAllText(_temp.Combine("answers.txt"), "dE/dw5 = -0.0822\n");

        var result = Runner.Run(_temp.Path, "check", "net-2-2-2", "answers.txt");

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("✗ wrong");
        result.StandardOutput.ShouldContain("│ sign flipped │");
        result.StandardOutput.ShouldContain("The sign is flipped");
        result.StandardOutput.ShouldContain("Exact value: 0.0821670405642.");
    }

    [Fact]
    public void AnUnreadableAnswersFile_ExitsTwoWithTheLine()
    {
        File.WriteAllText(_temp.Combine("answers.txt"), "out_h1 = 0,59327\n");

        var result = Runner.Run(_temp.Path, "check", "net-2-2-2", "answers.txt");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldStartWith("answers.txt:1:");
        result.StandardOutput.ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownExample_ExitsTwo()
    {
        File.WriteAllText(_temp.Combine("answers.txt"), "out_h1 = 0.59327\n");

        var result = Runner.Run(_temp.Path, "check", "net-9-9-9", "answers.txt");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("no worked example 'net-9-9-9'");
    }

    [Fact]
    public void AnExpressionSpec_IsCheckedToo()
    {
        File.WriteAllText(_temp.Combine("answers.txt"), "u = 6\ndJ/db = 6\ndJ/dc = 7\n");

        var result = Runner.Run(_temp.Path, "check", "j-graph", "answers.txt", "--json");

        result.ExitCode.ShouldBe(1, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.GetProperty("marks").EnumerateArray().Select(m => m.GetProperty("verdict").GetString()).ShouldBe(["correct", "correct", "wrong"]);
    }
}
