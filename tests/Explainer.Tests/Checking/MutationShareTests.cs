using Explainer.Checking;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Worked;

namespace Explainer.Tests.Checking;

/// <summary>100 answer sets of net-2-2-2, each right but for one randomly mutated answer: the share the marker diagnoses, and that it never calls a mutated answer right.</summary>
public sealed class MutationShareTests
{
    private static readonly WorkedRun Run = Catalogue.Get("net-2-2-2").Run();

    private static readonly System.Buffers.SearchValues<char> NonZeroDigits = System.Buffers.SearchValues.Create("123456789");

    [Fact]
    public void HundredMutatedSets_AreNeverPassed_AndMostAreDiagnosed()
    {
        var marker = new Marker(Run.Trace, Run.Updates, Run.LearningRate);
        QuantityKey[] keys =
        [
            .. Run.Graph.Nodes.Where(n => n.Op is not null).Select(n => QuantityKey.Value(n.Name)),
            .. Run.Graph.Nodes.Where(n => n.Kind == NodeKind.Parameter || (n.Op is not null && n != Run.Graph.Output)).Select(n => QuantityKey.Gradient(n.Name)),
            .. Run.Updates.Select(u => QuantityKey.Update(u.Parameter.Name)),
        ];
        var random = new Random(20261202);
        var diagnosed = 0;
        var byKind = new Dictionary<string, (int Sets, int Diagnosed)>();
        for (var set = 0; set < 100; set++)
        {
            var digits = random.Next(3, 10);
            var target = keys[random.Next(keys.Length)];
            var (kind, mutated) = Mutate(marker.Exact(target)!.Value, digits, random);
            var answers = keys.Select(k => Answer(k, k == target ? mutated : marker.Exact(k)!.Value.Format(digits).Text)).ToList();

            var mark = marker.Mark(answers).Marks.Single(m => m.Answer.Key == target);

            mark.Verdict.ShouldNotBe(Verdict.Correct, $"{target} = {mutated} ({kind}) was passed");
            var named = mark.Mistake is not null;
            diagnosed += named ? 1 : 0;
            var (sets, hits) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (sets + 1, hits + (named ? 1 : 0));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"diagnosed {diagnosed} of 100; " + string.Join(", ", byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Diagnosed}/{k.Value.Sets}")));
        diagnosed.ShouldBeGreaterThanOrEqualTo(70);
    }

    /// <summary>One random mutation of the value at <paramref name="digits"/> significant digits, as a learner's slip or mistake would make it.</summary>
    private static (string Kind, string Text) Mutate(Real value, int digits, Random random)
    {
        var text = value.Format(digits).Text;
        var kinds = new[] { "negated", "doubled", "halved", "times ten", "tenth", "digit doubled", "digit dropped", "digits swapped", "digit changed" };
        for (var attempt = 0; ; attempt++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var mutated = kind switch
            {
                "negated" => (-value).Format(digits).Text,
                "doubled" => (2 * value).Format(digits).Text,
                "halved" => (value / 2).Format(digits).Text,
                "times ten" => (10 * value).Format(digits).Text,
                "tenth" => (value / 10).Format(digits).Text,
                _ => Typo(text, kind, random),
            };
            // A mutation must make the answer wrong at its own precision: more than one and a half units of its last digit away.
            if (mutated is not null && GivenNumber.TryParse(mutated) is { IsZero: false } n && Far(n, value))
            {
                return (kind, mutated);
            }
        }
    }

    private static bool Far(GivenNumber number, Real value)
    {
        var difference = number.Value - value;
        var bound = number.Unit * Real.FromFraction(3, 2);
        return Real.TryCompare(difference, bound) > 0 || Real.TryCompare(difference, -bound) < 0;
    }

    private static string? Typo(string text, string kind, Random random)
    {
        var first = text.AsSpan().IndexOfAny(NonZeroDigits);
        var positions = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && first >= 0 && first <= i).ToList();
        if (positions.Count < 2)
        {
            return null;
        }

        var i = positions[random.Next(positions.Count - 1)];
        return kind switch
        {
            "digit doubled" => text.Insert(i, text[i].ToString()),
            "digit dropped" => text.Remove(i, 1),
            "digits swapped" when char.IsAsciiDigit(text[i + 1]) && text[i] != text[i + 1] => text[..i] + text[i + 1] + text[i] + text[(i + 2)..],
            "digit changed" => text[..i] + (char)('0' + ((text[i] - '0' + random.Next(1, 9)) % 10)) + text[(i + 1)..],
            _ => null,
        };
    }

    private static GivenAnswer Answer(QuantityKey key, string given) => new(key.ToString(), given, 1, 1) { Key = key };
}
