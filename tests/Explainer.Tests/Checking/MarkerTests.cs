using Explainer.Checking;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Worked;

namespace Explainer.Tests.Checking;

/// <summary>The marker on the notes' 2-2-2 network: right answers at any precision, rounding, error carried forward, and every catalogued mistake injected into an otherwise right answer set.</summary>
public sealed class MarkerTests
{
    private static readonly WorkedRun Run = Catalogue.Get("net-2-2-2").Run();

    private static readonly Marker Marker = new(Run.Trace, Run.Updates, Run.LearningRate);

    /// <summary>Every quantity a learner might write down: the computed values, every gradient but the output's, every local partial and every update.</summary>
    private static readonly QuantityKey[] Everything =
    [
        .. Run.Graph.Nodes.Where(n => n.Op is not null).Select(n => QuantityKey.Value(n.Name)),
        .. Run.Graph.Nodes.Where(n => n.Kind is not (NodeKind.Constant or NodeKind.Target) && n != Run.Graph.Output).Select(n => QuantityKey.Gradient(n.Name)),
        .. Run.Trace.Edges.Select(e => QuantityKey.Partial(e.Consumer.Name, e.Input.Name)).Distinct(),
        .. Run.Updates.Select(u => QuantityKey.Update(u.Parameter.Name)),
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(12)]
    public void RightAnswers_RoundedHalfEven_AreAllCorrect(int digits)
    {
        var report = Marker.Mark([.. Everything.Select(k => Answer(k, Rounded(k, digits)))]);

        report.Marks.Where(m => m.Verdict != Verdict.Correct).Select(m => $"{m.Answer.Key} {m.Answer.Given}: {m.Verdict} {m.Message}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(12)]
    public void RightAnswers_TruncatedOrRoundedHalfUp_AreAcceptedAsCorrectOrRounding(int digits)
    {
        var truncated = Marker.Mark([.. Everything.Select(k => Answer(k, Truncated(k, digits)))]);

        truncated.AllRight.ShouldBeTrue(string.Join("\n", truncated.Marks.Where(m => m.Verdict is not (Verdict.Correct or Verdict.Rounding)).Select(m => $"{m.Answer.Key} {m.Answer.Given}: {m.Verdict} {m.Message}")));
        truncated.Marks.Where(m => m.Verdict == Verdict.Rounding).ShouldAllBe(m => m.Mistake == "truncated");
    }

    [Theory]
    [InlineData("-0.2")]
    [InlineData("-0.3")]
    public void AnExactTie_RoundedHalfEvenOrHalfUp_IsCorrect(string given)
    {
        // ∂h6/∂h5 = −1/h5² = −0.25 exactly in the logistic graph: −0.2 half-even, −0.3 half-up (away from zero).
        var run = Catalogue.Get("logistic-graph").Run();

        var mark = new Marker(run.Trace, run.Updates, run.LearningRate).Mark([Answer(QuantityKey.Partial("h6", "h5"), given)]).Marks.Single();

        mark.Verdict.ShouldBe(Verdict.Correct, mark.Message);
    }

    [Fact]
    public void OneWrongLastDigit_IsRounding_ANoteNotAnError()
    {
        var mark = Marker.Mark([Answer(QuantityKey.Value("out_h1"), "0.59328")]).Marks.Single();

        mark.Verdict.ShouldBe(Verdict.Rounding);
        mark.Expected.ShouldBe("0.59327");
        mark.Message.ShouldBe("the last digit is off by one: 0.59327 at your 5 significant digits");
    }

    [Fact]
    public void MoreDigitsThanAreRight_SaysHowManyAreRight()
    {
        var mark = Marker.Mark([Answer(QuantityKey.Value("out_h1"), "0.593512345")]).Marks.Single();

        mark.Verdict.ShouldBe(Verdict.Wrong);
        mark.Message.ShouldBe("0.593269992 at your 9 significant digits (your first 3 digits are right; exact value 0.593269992107)");
    }

    [Fact]
    public void AWrongOutH1_WithEveryLaterValueComputedFromIt_IsOneWrongAndTheRestFollow()
    {
        // The later values are computed here by hand from out_h1 = 0.61, by the notes' formulas (not by the marker's).
        var outH1 = Real.Parse("0.61");
        var outH2 = Run.Graph["out_h2"].Value;
        var netO1 = (Real.Parse("0.40") * outH1) + (Real.Parse("0.45") * outH2) + Real.Parse("0.60");
        var netO2 = (Real.Parse("0.50") * outH1) + (Real.Parse("0.55") * outH2) + Real.Parse("0.60");
        var outO1 = ExactMath.Sigmoid(netO1);
        var outO2 = ExactMath.Sigmoid(netO2);
        var eO1 = (Real.Parse("0.01") - outO1) * (Real.Parse("0.01") - outO1) / 2;
        var eO2 = (Real.Parse("0.99") - outO2) * (Real.Parse("0.99") - outO2) / 2;
        var dOutO1 = outO1 - Real.Parse("0.01");
        var dNetO1 = dOutO1 * outO1 * (1 - outO1);
        var dW5 = dNetO1 * outH1;
        var w5 = Real.Parse("0.40") - (Real.Parse("0.5") * dW5);
        string S(Real r) => r.Format(6).Text;

        var report = Marker.Mark(
        [
            Answer(QuantityKey.Value("out_h1"), "0.61"),
            Answer(QuantityKey.Value("net_o1"), S(netO1)),
            Answer(QuantityKey.Value("out_o1"), S(outO1)),
            Answer(QuantityKey.Value("out_o2"), S(outO2)),
            Answer(QuantityKey.Value("E_total"), S(eO1 + eO2)),
            Answer(QuantityKey.Gradient("out_o1"), S(dOutO1)),
            Answer(QuantityKey.Gradient("w5"), S(dW5)),
            Answer(QuantityKey.Update("w5"), S(w5)),
        ]);

        report.Marks.Select(m => m.Verdict).ShouldBe([Verdict.Wrong, Verdict.Follows, Verdict.Follows, Verdict.Follows, Verdict.Follows, Verdict.Follows, Verdict.Follows, Verdict.Follows]);
        report.Marks[1].Message.ShouldStartWith("right, given your out_h1 = 0.61");
        report.Marks[0].Expected.ShouldBe("0.59");
    }

    [Fact]
    public void IntermediatesRoundedEarly_AreRoundingFromTheirOwnCoarseValues()
    {
        // out_h1 = 0.6 and out_h2 = 0.6 are right at one digit; net_o1 from them is 0.4·0.6 + 0.45·0.6 + 0.6 = 1.11, where it is 1.1059 at 5 digits.
        var report = Marker.Mark([Answer(QuantityKey.Value("out_h1"), "0.6"), Answer(QuantityKey.Value("out_h2"), "0.6"), Answer(QuantityKey.Value("net_o1"), "1.1100")]);

        report.Marks.Select(m => m.Verdict).ShouldBe([Verdict.Correct, Verdict.Correct, Verdict.Rounding]);
        report.Marks[2].Mistake.ShouldBe("rounded-early");
        report.Marks[2].Message.ShouldBe("right from your out_h1 = 0.6, out_h2 = 0.6, but those were rounded too early: 1.1059 at your 5 significant digits with more digits carried");
    }

    public static TheoryData<string, string, int> Injections()
    {
        var data = new TheoryData<string, string, int>();
        var sites = new (string Mistake, string Key)[]
        {
            ("sign", "grad:out_o1"), ("sign", "grad:w5"), ("update-sign", "update:w5"), ("net-for-out", "value:out_h1"), ("net-for-out", "partial:net_o1/w5"),
            ("out-for-net", "value:net_o1"), ("sigma-for-derivative", "partial:out_o1/net_o1"), ("half-dropped", "partial:E_o1/out_o1"), ("half-dropped", "value:E_total"),
            ("half-doubled", "grad:out_o1"), ("rate-forgotten", "update:w5"), ("rate-twice", "update:w5"), ("missing-path", "grad:out_h1"), ("stale-weights", "grad:out_h1"),
            ("stale-weights", "grad:w1"), ("frozen-updated", "update:b1"), ("not-updated", "update:w5"),
        };
        foreach (var (mistake, key) in sites)
        {
            foreach (var digits in new[] { 3, 5, 9 })
            {
                data.Add(mistake, key, digits);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public void EveryCatalogueMistake_InjectedIntoRightAnswers_IsDiagnosedAsItself(string mistake, string key, int digits)
    {
        var quantity = QuantityKey.Parse(key);
        var context = Mistaken(mistake, quantity);
        var injected = Padded(context, digits);
        var answers = Everything.Select(k => k == quantity ? Answer(k, injected) : Answer(k, Rounded(k, digits))).ToList();
        if (!answers.Any(a => a.Key == quantity))
        {
            answers.Add(Answer(quantity, injected));
        }

        var mark = Marker.Mark(answers).Marks.Single(m => m.Answer.Key == quantity);

        mark.Mistake.ShouldBe(mistake, $"{key} = {injected}: {mark.Verdict} {mark.Message}");
        mark.Verdict.ShouldBe(Verdict.Wrong);
    }

    [Theory]
    [InlineData("value:out_h1", "059327", "lost-decimal-point")]
    [InlineData("value:out_h1", "5.9327", "shifted-point")]
    [InlineData("value:out_h1", "0.0593270", "shifted-point")]
    [InlineData("value:out_h1", "0.593327", "doubled-digit")]
    [InlineData("value:out_h1", "0.5927", "dropped-digit")]
    [InlineData("value:out_h1", "0.59237", "swapped-digits")]
    [InlineData("grad:out_o1", "074136507", "lost-decimal-point")]
    public void SlipsOfWriting_AreNamed(string key, string given, string mistake)
        => Marker.Mark([Answer(QuantityKey.Parse(key), given)]).Marks.Single().Mistake.ShouldBe(mistake);

    [Theory]
    [InlineData("lost-decimal-point", 3)]
    [InlineData("lost-decimal-point", 5)]
    [InlineData("lost-decimal-point", 9)]
    [InlineData("shifted-point", 3)]
    [InlineData("shifted-point", 5)]
    [InlineData("shifted-point", 9)]
    [InlineData("doubled-digit", 3)]
    [InlineData("doubled-digit", 5)]
    [InlineData("doubled-digit", 9)]
    [InlineData("dropped-digit", 3)]
    [InlineData("dropped-digit", 5)]
    [InlineData("dropped-digit", 9)]
    [InlineData("swapped-digits", 3)]
    [InlineData("swapped-digits", 5)]
    [InlineData("swapped-digits", 9)]
    public void SlipsOfWriting_InjectedIntoRightAnswers_AreNamedAtEveryPrecision(string mistake, int digits)
    {
        // out_h1 = 0.593269992…: every slip applied to the right answer at that many digits.
        var right = Padded(Run.Graph["out_h1"].Value, digits);
        var slipped = mistake switch
        {
            "lost-decimal-point" => right.Replace("0.", string.Empty, StringComparison.Ordinal),
            "shifted-point" => "5." + right[3..],
            "doubled-digit" => right.Insert(3, right[3].ToString()),
            "dropped-digit" => right.Remove(3, 1),
            _ => right[..3] + right[4] + right[3] + right[5..],
        };
        var answers = Everything.Select(k => k == QuantityKey.Value("out_h1") ? Answer(k, slipped) : Answer(k, Rounded(k, digits))).ToList();

        var mark = Marker.Mark(answers).Marks.Single(m => m.Answer.Key == QuantityKey.Value("out_h1"));

        mark.Mistake.ShouldBe(mistake, $"{slipped}: {mark.Verdict} {mark.Message}");
    }

    [Fact]
    public void StaleWeights_IsTheFirstHiddenGradientAndTheUpdatesComputedFromItFollow()
    {
        // The hidden layer's gradients computed, as Mazur's early script did, with w5…w8 already updated.
        var w5 = Run.Updates.Single(u => u.Parameter.Name == "w5").New;
        var w7 = Run.Updates.Single(u => u.Parameter.Name == "w7").New;
        var dOutH1 = (Run.Trace.Gradient("net_o1") * w5) + (Run.Trace.Gradient("net_o2") * w7);
        var outH1 = Run.Graph["out_h1"].Value;
        var dNetH1 = dOutH1 * outH1 * (1 - outH1);
        var dW1 = dNetH1 * Run.Graph["i1"].Value;
        var w1 = Real.Parse("0.15") - (Real.Parse("0.5") * dW1);
        string S(Real r) => r.Format(7).Text;

        var report = Marker.Mark(
        [
            Answer(QuantityKey.Gradient("out_o1"), S(Run.Trace.Gradient("out_o1"))),
            Answer(QuantityKey.Update("w5"), S(w5)),
            Answer(QuantityKey.Gradient("out_h1"), S(dOutH1)),
            Answer(QuantityKey.Gradient("net_h1"), S(dNetH1)),
            Answer(QuantityKey.Gradient("w1"), S(dW1)),
            Answer(QuantityKey.Update("w1"), S(w1)),
        ]);

        report.Marks.Select(m => (m.Verdict, m.Mistake)).ShouldBe([(Verdict.Correct, null), (Verdict.Correct, null), (Verdict.Wrong, "stale-weights"), (Verdict.Follows, null), (Verdict.Follows, null), (Verdict.Follows, null)]);
    }

    [Fact]
    public void ExactlyZeroGradients_AcceptZeroAndTinyValuesWithinTheStatedTolerance()
    {
        var and = Catalogue.Get("and-neuron").Run();
        var marker = new Marker(and.Trace, and.Updates, and.LearningRate);

        var marks = marker.Mark([Answer(QuantityKey.Gradient("w1"), "0"), Answer(QuantityKey.Gradient("w2"), "3e-17"), Answer(QuantityKey.Gradient("b"), "0")]).Marks;

        marks[0].Verdict.ShouldBe(Verdict.Correct);
        marks[0].Message.ShouldBe("right (a value near zero: accepted within ±1e-9)");
        marks[1].Verdict.ShouldBe(Verdict.Correct);
        marks[2].Verdict.ShouldBe(Verdict.Wrong, marks[2].Message);
    }

    [Fact]
    public void Catalogue_HoldsTwentyMistakesWithDistinctIds()
    {
        MistakeCatalogue.All.Count.ShouldBe(20);
        MistakeCatalogue.All.Select(m => m.Id).Distinct().Count().ShouldBe(20);
    }

    /// <summary>The value at exactly <paramref name="digits"/> significant digits, trailing zeros written, as a learner writing that many digits would.</summary>
    private static string Padded(Real value, int digits)
    {
        var text = value.Format(digits).Text;
        var written = GivenNumber.TryParse(text)!.SignificantDigits;
        return written >= digits || text.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? text
            : text + (text.Contains('.', StringComparison.Ordinal) ? string.Empty : ".") + new string('0', digits - written);
    }

    private static GivenAnswer Answer(QuantityKey key, string given) => new(key.ToString(), given, 1, 1) { Key = key };

    private static string Rounded(QuantityKey key, int digits) => Marker.Exact(key)!.Value is var v && v.IsZero ? "0" : Marker.Exact(key)!.Value.Format(digits).Text;

    /// <summary>The value cut off after <paramref name="digits"/> significant digits.</summary>
    private static string Truncated(QuantityKey key, int digits)
    {
        var value = Marker.Exact(key)!.Value;
        if (value.IsZero)
        {
            return "0";
        }

        var longer = value.Format(digits + 6).Text;
        var e = longer.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? longer : longer[..e];
        var kept = 0;
        var end = 0;
        for (; end < mantissa.Length && kept < digits; end++)
        {
            if (char.IsAsciiDigit(mantissa[end]) && (kept > 0 || mantissa[end] != '0'))
            {
                kept++;
            }
        }

        return mantissa[..end] + (e < 0 ? string.Empty : longer[e..]);
    }

    /// <summary>The value a mistake gives, computed here from the exact values by the mistake's definition (not by the catalogue's code).</summary>
    private static Real Mistaken(string mistake, QuantityKey key)
    {
        Real G(string n) => Run.Trace.Gradient(n);
        Real V(string n) => Run.Graph[n].Value;
        Real U(string n) => Run.Updates.Single(u => u.Parameter.Name == n).New;
        var eta = Real.Parse("0.5");
        return (mistake, key.ToString()) switch
        {
            ("sign", _) => -Marker.Exact(key)!.Value,
            ("update-sign", "update:w5") => V("w5") + (eta * G("w5")),
            ("net-for-out", "value:out_h1") => V("net_h1"),
            ("net-for-out", "partial:net_o1/w5") => V("net_h1"),
            ("out-for-net", "value:net_o1") => V("out_o1"),
            ("sigma-for-derivative", "partial:out_o1/net_o1") => V("out_o1"),
            ("half-dropped", "partial:E_o1/out_o1") => 2 * (V("out_o1") - V("target_o1")),
            ("half-dropped", "value:E_total") => 2 * V("E_total"),
            ("half-doubled", "grad:out_o1") => (V("out_o1") - V("target_o1")) / 2,
            ("rate-forgotten", "update:w5") => V("w5") - G("w5"),
            ("rate-twice", "update:w5") => V("w5") - (eta * eta * G("w5")),
            ("missing-path", "grad:out_h1") => G("net_o1") * V("w5"),
            ("stale-weights", "grad:out_h1") => (G("net_o1") * U("w5")) + (G("net_o2") * U("w7")),
            ("stale-weights", "grad:w1") => ((G("net_o1") * U("w5")) + (G("net_o2") * U("w7"))) * V("out_h1") * (1 - V("out_h1")) * V("i1"),
            ("frozen-updated", "update:b1") => V("b1") - (eta * G("b1")),
            ("not-updated", "update:w5") => V("w5"),
            _ => throw new ArgumentException($"no injection for {mistake} at {key}"),
        };
    }
}
