using System.Globalization;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Checking;

/// <summary>Judges a learner's answers: at the precision they wrote, against the exact values and against their own earlier answers, and names the mistake a wrong answer matches.</summary>
/// <remarks>
/// Each answer is judged in this order: correct (the exact value rounds to it); rounding (one unit off in the last
/// digit, or cut off); follows (right given the learner's own earlier answers, which were wrong: error carried
/// forward); a catalogued mistake (<see cref="MistakeCatalogue"/>), each recomputed by the engine; wrong.
/// </remarks>
public sealed class Marker
{
    /// <summary>The absolute tolerance for values that are zero or cannot be told from zero: |value| ≤ 10⁻⁹.</summary>
    public static readonly Real ZeroTolerance = Real.Parse("1e-9");

    private readonly Trace _trace;
    private readonly IReadOnlyList<ParameterUpdate> _updates;
    private readonly Dictionary<Node, ParameterUpdate> _byParameter;
    private readonly Real? _rate;

    /// <summary>Initializes a new instance of the <see cref="Marker"/> class for one run.</summary>
    /// <param name="trace">The run's backward trace.</param>
    /// <param name="updates">Its update step (empty when there is none).</param>
    /// <param name="learningRate">The rate of the step, or null.</param>
    public Marker(Trace trace, IReadOnlyList<ParameterUpdate> updates, Real? learningRate)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(updates);
        _trace = trace;
        _updates = updates;
        _byParameter = updates.ToDictionary(u => u.Parameter);
        _rate = learningRate;
    }

    /// <summary>The exact value of a quantity of the run; null when the run has none (an update where nothing is updated).</summary>
    /// <remarks>A parameter the step does not update (a frozen bias) has the update <c>update:b1</c> = its old value.</remarks>
    public Real? Exact(QuantityKey key)
    {
        var graph = _trace.Graph;
        if (graph.Find(key.Name) is not { } node)
        {
            return null;
        }

        return key.Kind switch
        {
            QuantityKind.Value => node.Value,
            QuantityKind.Gradient => _trace.Gradient(node),
            QuantityKind.Partial => _trace.Edges.FirstOrDefault(e => e.Consumer == node && e.Input.Name == key.Input)?.Partial,
            QuantityKind.Path => _trace.Edges.FirstOrDefault(e => e.Consumer == node && e.Input.Name == key.Input)?.Contribution,
            QuantityKind.Update => _byParameter.TryGetValue(node, out var u) ? u.New : node.Kind == NodeKind.Parameter && _updates.Count > 0 ? node.Value : null,
            _ => null,
        };
    }

    /// <summary>The value each catalogued mistake gives for a quantity when every other value is right: what a page embeds so that it can name a mistake without the engine.</summary>
    /// <param name="key">A quantity of the run.</param>
    /// <returns>Each mistake that applies and changes the value, with the value it gives (the first, where a mistake gives several), in catalogue order.</returns>
    public IReadOnlyList<(Mistake Mistake, Real Value)> MistakeValues(QuantityKey key)
    {
        if (Exact(key) is not { } exact)
        {
            return [];
        }

        var context = new MistakeContext(_trace, new Dictionary<QuantityKey, Real>(), _byParameter, _rate, fromAnswers: false);
        var values = new List<(Mistake, Real)>();
        foreach (var mistake in MistakeCatalogue.All)
        {
            foreach (var candidate in mistake.Candidates(context, key))
            {
                if (Real.TryCompare(candidate, exact) is not (null or 0))
                {
                    values.Add((mistake, candidate));
                    break;
                }
            }
        }

        return values;
    }

    /// <summary>The value each catalogued mistake gives for a quantity, as <see cref="MistakeValues(QuantityKey)"/> gives them, told apart from the exact value by their first <paramref name="digits"/> significant digits: what a page that embeds values at that precision can tell apart.</summary>
    /// <param name="key">A quantity of the run.</param>
    /// <param name="digits">The significant digits the values are compared at.</param>
    /// <returns>Each mistake that applies and whose value (the first, where a mistake gives several) does not show as the exact value's digits, in catalogue order.</returns>
    /// <remarks>
    /// Comparing displayed digits never has to refine an undecidable comparison: a mistake that leaves a value as it is
    /// (recomputed along another path) cannot be told from it by arithmetic, and the exact comparison spends its whole
    /// precision budget finding that out. Here such a mistake costs one rounding. Where either display is undecided (a value
    /// that may be exactly zero) the values are compared as <see cref="MistakeValues(QuantityKey)"/> compares them, so the
    /// mistakes given are those of <see cref="MistakeValues(QuantityKey)"/> whose value shows differently.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not between 1 and <see cref="RealLimits.MaxDigits"/>.</exception>
    public IReadOnlyList<(Mistake Mistake, Real Value)> MistakeValues(QuantityKey key, int digits)
    {
        if (Exact(key) is not { } exact)
        {
            return [];
        }

        var shown = exact.Format(digits);
        var context = new MistakeContext(_trace, new Dictionary<QuantityKey, Real>(), _byParameter, _rate, fromAnswers: false);
        var values = new List<(Mistake, Real)>();
        foreach (var mistake in MistakeCatalogue.All)
        {
            foreach (var candidate in mistake.Candidates(context, key))
            {
                var other = candidate.Format(digits);
                if (shown.IsDecided && other.IsDecided ? other.Text != shown.Text : Real.TryCompare(candidate, exact) is not (null or 0))
                {
                    values.Add((mistake, candidate));
                    break;
                }
            }
        }

        return values;
    }

    /// <summary>Judges every answer.</summary>
    /// <param name="answers">The answers, as read from the sheet.</param>
    /// <returns>One mark per answer, in order.</returns>
    public MarkingReport Mark(IReadOnlyList<GivenAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var given = new Dictionary<QuantityKey, Real>();
        var numbers = new Dictionary<GivenAnswer, GivenNumber>(ReferenceEqualityComparer.Instance);
        foreach (var answer in answers)
        {
            if (answer.Key is { } key && GivenNumber.TryParse(answer.Given) is { } number && Exact(key) is not null)
            {
                given[key] = number.Value;
                numbers[answer] = number;
            }
        }

        var context = new MistakeContext(_trace, given, _byParameter, _rate, fromAnswers: true);
        var exactContext = new MistakeContext(_trace, given, _byParameter, _rate, fromAnswers: false);
        var reached = new Dictionary<GivenAnswer, HashSet<QuantityKey>>(ReferenceEqualityComparer.Instance);
        var first = answers.Select(a => Judge(a, numbers.GetValueOrDefault(a), context, exactContext, reached)).ToList();

        // "Follows" needs the verdicts of the answers it follows from: an answer that follows only from correct ones was rounded early.
        var wrong = first.Where(m => m.Verdict is Verdict.Wrong or Verdict.Follows).Select(m => m.Answer.Key!.Value).ToHashSet();
        return new MarkingReport([.. first.Select(m => m.Verdict == Verdict.Follows ? Settle(m, reached[m.Answer], wrong, numbers[m.Answer], context) : m)]);
    }

    private Mark Judge(GivenAnswer answer, GivenNumber? number, MistakeContext context, MistakeContext exactContext, Dictionary<GivenAnswer, HashSet<QuantityKey>> uses)
    {
        if (answer.Key is not { } key)
        {
            return new Mark(answer, Verdict.Unknown, string.Empty, null, answer.Problem ?? $"'{answer.Name}' names no quantity of this example");
        }

        if (Exact(key) is not { } exact)
        {
            return new Mark(answer, Verdict.Unknown, string.Empty, null, $"{key} is not part of this run (nothing is updated: the example has no learning rate)");
        }

        if (number is null)
        {
            return new Mark(answer, Verdict.Unknown, string.Empty, null, $"'{answer.Given}' is not a number") { Exact = exact };
        }

        var expected = Expected(exact, number);
        switch (Compare(exact, number))
        {
            case Closeness.Equal:
                return new Mark(answer, Verdict.Correct, expected, null, number.IsZero || IsNearZero(exact) && !IsDecided(exact, number) ? $"right (a value near zero: accepted within ±{ZeroTolerance})" : "right") { Exact = exact };
            case Closeness.LastDigit:
                var cut = Truncate(exact, number) == number.Value;
                return new Mark(answer, Verdict.Rounding, expected, cut ? MistakeCatalogue.Truncated.Id : null, cut
                    ? $"cut off, not rounded: {expected} at your {Digits(number)}"
                    : $"the last digit is off by one: {expected} at your {Digits(number)}")
                { Exact = exact };
        }

        var reached = new HashSet<QuantityKey>();
        var ownWorld = context.Learner.Formula(key, reached);
        if (reached.Count > 0 && Compare(ownWorld, number) != Closeness.Far)
        {
            // Provisional: Settle decides between follows (from a wrong answer) and rounded early (from coarse right ones).
            uses[answer] = reached;
            return new Mark(answer, Verdict.Follows, expected, null, string.Empty) { Exact = exact, FromYourAnswers = ownWorld };
        }

        foreach (var basis in new[] { context, exactContext })
        {
            foreach (var mistake in MistakeCatalogue.All)
            {
                if (mistake.Candidates(basis, key).Any(candidate => Compare(candidate, number) != Closeness.Far))
                {
                    var tail = mistake.Verdict == Verdict.Wrong ? $" (exact value {Text(exact)})" : string.Empty;
                    return new Mark(answer, mistake.Verdict, expected, mistake.Id, $"{Capitalised(mistake.Explanation)}; {expected} at your {Digits(number)}{tail}") { Exact = exact };
                }
            }
        }

        var (slip, _, why) = Slips.Find(answer.Given, exact);
        if (MistakeCatalogue.OfSlip(slip) is { } typo)
        {
            return new Mark(answer, Verdict.Wrong, expected, typo.Id, Capitalised(StringTable.BuiltIn(StringTable.English).Format(why, DisplayOptions.Default))) { Exact = exact };
        }

        var right = RightDigits(exact, number);
        var rightDigits = right > 0 ? $"your first {right} digit{(right == 1 ? string.Empty : "s")} {(right == 1 ? "is" : "are")} right; " : string.Empty;
        return new Mark(answer, Verdict.Wrong, expected, null, $"{expected} at your {Digits(number)} ({rightDigits}exact value {Text(exact)})") { Exact = exact };
    }

    /// <summary>A provisional "follows": right given the learner's wrong answers, or rounded too early when those answers were right.</summary>
    private static Mark Settle(Mark mark, HashSet<QuantityKey> used, HashSet<QuantityKey> wrong, GivenNumber number, MistakeContext context)
    {
        var mistaken = used.Where(wrong.Contains).OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
        if (mistaken.Count == 0)
        {
            var coarse = used.OrderBy(k => k.ToString(), StringComparer.Ordinal).Take(3).Select(k => $"{Name(k)} = {Text(context.Given[k])}");
            return mark with
            {
                Verdict = Verdict.Rounding,
                Mistake = MistakeCatalogue.RoundedEarly.Id,
                Message = $"right from your {string.Join(", ", coarse)}, but those were rounded too early: {mark.Expected} at your {Digits(number)} with more digits carried",
            };
        }

        var yours = mistaken.Take(3).Select(k => $"{Name(k)} = {Text(context.Given[k])}");
        return mark with { Message = $"right, given your {string.Join(", ", yours)}{(mistaken.Count > 3 ? ", …" : string.Empty)} (the exact value is {mark.Expected} at your {Digits(number)})" };
    }

    private static string Name(QuantityKey key) => key.Kind == QuantityKind.Value ? key.Name : key.ToString();

    private static string Text(Real value) => value.IsExact ? value.ToString() : value.Format(12).Text;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Digits(GivenNumber number) => number.IsZero
        ? "precision"
        : string.Create(CultureInfo.InvariantCulture, $"{number.SignificantDigits} significant digit{(number.SignificantDigits == 1 ? string.Empty : "s")}");

    /// <summary>The exact value at the precision the learner wrote, every digit proven.</summary>
    private static string Expected(Real exact, GivenNumber number)
    {
        if (IsNearZero(exact) && Real.TryCompare(exact, Real.Zero) != 0 && (number.IsZero || !IsDecided(exact, number)))
        {
            return "0";
        }

        var digits = Math.Max(1, number.IsZero ? 3 : number.SignificantDigits);
        return exact.IsZero ? "0" : Padded(exact.Format(digits).Text, digits);
    }

    /// <summary>An exact value shown shorter than the learner's digits (0.35 at 4 digits) written to them: 0.3500.</summary>
    private static string Padded(string text, int digits)
    {
        if (text.Contains('e', StringComparison.OrdinalIgnoreCase) || GivenNumber.TryParse(text) is not { IsZero: false } shown || shown.SignificantDigits >= digits)
        {
            return text;
        }

        return text + (text.Contains('.', StringComparison.Ordinal) ? string.Empty : ".") + new string('0', digits - shown.SignificantDigits);
    }

    private enum Closeness
    {
        Equal,
        LastDigit,
        Far,
    }

    /// <summary>How close the learner's number is to a value, in units of their last digit: within half (the value rounds to it), within one and a half (the last digit off by one, or cut off), or further.</summary>
    private static Closeness Compare(Real value, GivenNumber number)
    {
        if (IsNearZero(value) && Within(number.Value, Real.Zero, ZeroTolerance))
        {
            return Closeness.Equal;
        }

        if (number.IsZero)
        {
            return Closeness.Far;
        }

        var unit = number.Unit;
        return Within(value, number.Value, unit / 2) ? Closeness.Equal
            : Within(value, number.Value, unit * Real.FromFraction(3, 2)) ? Closeness.LastDigit
            : Closeness.Far;
    }

    /// <summary>Whether |a − b| ≤ bound, undecided counting as yes (the value lies on the boundary's enclosure).</summary>
    private static bool Within(Real a, Real b, Real bound)
    {
        var difference = a - b;
        return Real.TryCompare(difference, bound) is null or <= 0 && Real.TryCompare(difference, -bound) is null or >= 0;
    }

    private static bool IsNearZero(Real value) => Within(value, Real.Zero, ZeroTolerance);

    /// <summary>Whether the significant-digit rule alone decides the answer (the value is not too small for the learner's digits).</summary>
    private static bool IsDecided(Real value, GivenNumber number) => !number.IsZero && Real.TryCompare(value, Real.Zero) is not (null or 0) && !Within(value, Real.Zero, number.Unit);

    private static Real Truncate(Real value, GivenNumber number)
    {
        var unit = number.Unit;
        var scaled = Real.Parse((value / unit).FormatFixed(3).Text);
        var whole = scaled.Numerator / scaled.Denominator;
        return Real.FromFraction(whole, 1) * unit;
    }

    /// <summary>How many leading significant digits of the learner's number are right: the most k below their count for which the value is within half a unit of their k-th digit.</summary>
    private static int RightDigits(Real value, GivenNumber number)
    {
        for (var k = number.SignificantDigits - 1; k >= 1; k--)
        {
            if (Within(value, number.Value, Real.Pow(Real.FromFraction(1, 10), k - 1 - number.Exponent) / 2))
            {
                return k;
            }
        }

        return 0;
    }
}
