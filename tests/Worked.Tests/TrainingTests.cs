using System.Collections.Concurrent;
using System.Globalization;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Training;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>
/// The notes' optimizers (002:297–373) on the 2-2-2 network: three steps of each, under each bias policy, against values an
/// independent mpmath forward/backward computed at 90 digits (Data/training.tsv), plus the identities each rule implies.
/// </summary>
public sealed class TrainingTests
{
    private const int Steps = 3;

    private static readonly Lazy<IReadOnlyList<(int Line, string Optimizer, string Policy, int Step, string Name, string Value)>> Rows = new(LoadRows);

    private static readonly ConcurrentDictionary<(string, string), TrainingRun> Runs = new();

    public static TheoryData<int> ReferenceLines
    {
        get
        {
            var data = new TheoryData<int>();
            foreach (var row in Rows.Value)
            {
                data.Add(row.Line);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceLines))]
    public void ReferenceRow_MatchesEngineDigitForDigit(int line)
    {
        var row = Rows.Value.Single(r => r.Line == line);
        var run = Train(row.Optimizer, row.Policy);
        Real value;
        if (row.Name == "loss")
        {
            value = row.Step <= Steps ? run.Steps[row.Step - 1].Loss : run.FinalLoss;
        }
        else
        {
            value = run.Steps[row.Step - 1].Updates.Single(u => u.Parameter.Name == row.Name).New;
        }

        Digits.Of(value, 40).ShouldBe(Digits.Canonical(row.Value, 40), $"training.tsv:{line} {row.Optimizer} {row.Policy} step {row.Step} {row.Name}");
    }

    [Fact]
    public void ReferenceFile_CoversEveryOptimizerPolicyAndStep()
    {
        Rows.Value.Select(r => r.Optimizer).Distinct().ShouldBe(OptimizerSettings.Names);
        Rows.Value.Select(r => r.Policy).Distinct().Count().ShouldBe(3);
        Rows.Value.Count.ShouldBe(5 * ((3 * (8 + 1)) + (3 * (8 + 2 + 1)) + (3 * (8 + 4 + 1)) + 3));
    }

    [Theory]
    [InlineData("frozen")]
    [InlineData("shared")]
    public void Sgd_FirstStep_IsTheCataloguesUpdate(string policy)
    {
        var worked = Catalogue.Get("net-2-2-2").Run(Policies.Parse(policy));
        var trained = Train("sgd", policy).Steps[0].Updates;

        trained.Select(u => u.Parameter.Name).ShouldBe(worked.Updates.Select(u => u.Parameter.Name));
        trained.Select(u => u.New.Format(60).Text).ShouldBe(worked.Updates.Select(u => u.New.Format(60).Text));
        trained.Single(u => u.Parameter.Name == "w5").New.Format(8).Text.ShouldBe("0.35891648");
    }

    [Fact]
    public void Momentum_FirstStep_IsPlainGradientDescent()
    {
        // v starts at zero, so v₁ = −εg and θ₁ = θ − εg.
        var momentum = Train("momentum", "shared").Steps[0].Updates;
        var sgd = Train("sgd", "shared").Steps[0].Updates;

        momentum.Select(u => u.New.Format(40).Text).ShouldBe(sgd.Select(u => u.New.Format(40).Text));
        momentum.ShouldAllBe(u => u.Quantities.Single().Name == "v");
    }

    [Fact]
    public void Momentum_SecondStep_AddsTheDecayedVelocity()
    {
        var run = Train("momentum", "frozen");
        foreach (var second in run.Steps[1].Updates)
        {
            var first = run.Steps[0].Updates.Single(u => u.Parameter.Name == second.Parameter.Name);
            var expected = second.Old + (Real.Parse("0.9") * first.Quantities[0].Value) - (Real.Parse("0.5") * second.Gradient);
            second.New.Format(40).Text.ShouldBe(expected.Format(40).Text, second.Parameter.Name);
            second.Old.Format(40).Text.ShouldBe(first.New.Format(40).Text);
        }
    }

    [Theory]
    [InlineData("adagrad", "1e-7")]
    [InlineData("adam", "1e-8")]
    public void AdaptiveRules_FirstStep_MoveByEpsilonTimesTheSignOfTheGradient(string optimizer, string delta)
    {
        // AdaGrad: r = g², so Δθ = −εg/(|g| + δ). Adam: ŝ = g and r̂ = g², the same expression.
        foreach (var u in Train(optimizer, "per-neuron").Steps[0].Updates)
        {
            var g = u.Gradient;
            var expected = u.Old - (Real.Parse("0.5") * g / (ExactMath.Abs(g) + Real.Parse(delta)));
            u.New.Format(40).Text.ShouldBe(expected.Format(40).Text, u.Parameter.Name);
        }
    }

    [Fact]
    public void Adam_BiasCorrection_MakesTheFirstMomentEqualTheGradient()
    {
        foreach (var u in Train("adam", "frozen").Steps[0].Updates)
        {
            u.Quantities.Select(q => q.Name).ShouldBe(["s", "r", "s_hat", "r_hat", "step"]);
            u.Quantities[2].Value.Format(40).Text.ShouldBe(u.Gradient.Format(40).Text);
            u.Quantities[3].Value.Format(40).Text.ShouldBe((u.Gradient * u.Gradient).Format(40).Text);
        }
    }

    [Fact]
    public void FrozenBiases_StayWhereTheyStarted()
    {
        var run = Train("adam", "frozen");
        run.Final.Biases.Select(b => b.Value.ToString()).ShouldBe(["0.35", "0.6"]);
        run.Steps.ShouldAllBe(s => s.Updates.All(u => u.Parameter.Name.StartsWith('w')));
    }

    [Theory]
    [InlineData("sgd")]
    [InlineData("momentum")]
    [InlineData("adagrad")]
    [InlineData("rmsprop")]
    public void Loss_FallsAtEveryStep(string optimizer)
    {
        var run = Train(optimizer, "shared");
        var losses = run.Steps.Select(s => s.Loss).Append(run.FinalLoss).ToList();
        for (var i = 1; i < losses.Count; i++)
        {
            (losses[i] < losses[i - 1]).ShouldBeTrue($"{optimizer}: loss {i} = {losses[i].Format(12)} is not below loss {i - 1} = {losses[i - 1].Format(12)}");
        }
    }

    [Fact]
    public void TwentySteps_StayCertified()
    {
        var spec = Spec("shared");
        var run = Trainer.Train(spec, OptimizerSettings.Defaults(OptimizerKind.Adam, Real.Parse("0.05")), 20);
        var display = run.FinalLoss.Format(50);
        display.IsDecided.ShouldBeTrue();
        run.Steps[^1].Updates.ShouldAllBe(u => u.New.Format(50).IsDecided);
    }

    [Fact]
    public void Lesson_WritesMomentumWithThePreviousVelocitySubstituted()
    {
        var lesson = OptimizerTour.Lesson(new Explainer.Numbers.DisplayOptions(10));
        var step = lesson.Steps.Single(s => s.Anchor == "momentum-t2-w1-v");

        step.Symbolic.ShouldBe(@"\alpha v - \varepsilon g");
        step.Substituted.ShouldBe(@"0.9 \times \left(-0.0002192838672\right) - 0.5 \times 0.0003759967386");
        step.ValueText.ShouldBe("-0.0003853538498");
        lesson.Sections.Select(s => s.Anchor).ShouldBe(OptimizerSettings.Names);
        lesson.Checks.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "between 1 and 1000; got 0")]
    [InlineData(1001, "between 1 and 1000; got 1001")]
    public void Steps_OutOfRange_AreRejected(int steps, string message)
        => Should.Throw<ArgumentException>(() => Trainer.Train(Spec("frozen"), OptimizerSettings.Defaults(OptimizerKind.Sgd, Real.One), steps))
            .Message.ShouldContain(message);

    [Fact]
    public void Hyperparameters_OutOfRange_AreRejectedByName()
    {
        var adam = OptimizerSettings.Defaults(OptimizerKind.Adam, Real.Parse("0.1"));
        Should.Throw<ArgumentException>(() => Trainer.Train(Spec("frozen"), adam with { Rho2 = Real.One }, 1)).Message.ShouldBe("rho2 must be at least 0 and below 1; got 1");
        Should.Throw<ArgumentException>(() => Trainer.Train(Spec("frozen"), adam with { Delta = Real.Zero }, 1)).Message.ShouldBe("delta must be positive and at most 1; got 0");
        Should.Throw<ArgumentException>(() => Trainer.Train(Spec("frozen"), adam with { LearningRate = Real.Parse("-0.5") }, 1)).Message.ShouldBe("the learning rate must be positive and at most 1000; got -0.5");
    }

    [Theory]
    [InlineData("adam", OptimizerKind.Adam)]
    [InlineData("RMSProp", OptimizerKind.RmsProp)]
    [InlineData(" sgd ", OptimizerKind.Sgd)]
    public void Parse_AcceptsTheNames(string name, OptimizerKind kind) => OptimizerSettings.Parse(name).ShouldBe(kind);

    [Fact]
    public void Parse_UnknownName_ListsTheChoices()
        => Should.Throw<ArgumentException>(() => OptimizerSettings.Parse("adamw")).Message
            .ShouldBe("unknown optimizer 'adamw'; use sgd, momentum, adagrad, rmsprop, adam");

    private static NetworkSpec Spec(string policy) => Catalogue.Get("net-2-2-2").Run(Policies.Parse(policy)).Network!.Spec;

    private static TrainingRun Train(string optimizer, string policy)
        => Runs.GetOrAdd((optimizer, policy), key => Trainer.Train(Spec(key.Item2), OptimizerSettings.Defaults(OptimizerSettings.Parse(key.Item1), Real.Parse("0.5")), Steps));

    private static List<(int, string, string, int, string, string)> LoadRows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "training.tsv");
        var rows = new List<(int, string, string, int, string, string)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            rows.Add((i + 1, f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4]));
        }

        return rows;
    }
}
