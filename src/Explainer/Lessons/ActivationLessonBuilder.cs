using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>An activation function to tabulate: its op (value and derivative in one place) and where the notes define it.</summary>
/// <param name="Anchor">The section's anchor, e.g. <c>elu</c>.</param>
/// <param name="Title">The heading, e.g. <c>ELU (γ = 1)</c>.</param>
/// <param name="Op">The graph op that computes f and f′.</param>
/// <param name="Intro">One or two sentences: the definition, the notes' derivative and their line numbers.</param>
/// <param name="Extras">Further values to show after f and f′ at each point, e.g. an approximation: (anchor, TeX target, TeX symbolic, TeX substituted, value) from x.</param>
public sealed record ActivationEntry(string Anchor, string Title, Op Op, string Intro, IReadOnlyList<Func<Real, int, ActivationExtra>>? Extras = null);

/// <summary>One extra line of an activation's table: an approximation or a comparison, written out like any step.</summary>
/// <param name="Anchor">The step's anchor suffix, e.g. <c>tanh-approx</c>.</param>
/// <param name="Target">The TeX of what is computed.</param>
/// <param name="Symbolic">The TeX formula in symbols.</param>
/// <param name="Substituted">The TeX formula with numbers.</param>
/// <param name="Value">The value.</param>
public sealed record ActivationExtra(string Anchor, string Target, string Symbolic, string Substituted, Real Value);

/// <summary>Builds a lesson that tabulates activation functions and their derivatives at a few points, each written out with numbers.</summary>
public static class ActivationLessonBuilder
{
    /// <summary>Builds the lesson: one section per activation; at each point, f(x) and f′(x) from the op's own formulas.</summary>
    public static Lesson Build(string id, string title, string summary, string setting, IReadOnlyList<ActivationEntry> entries, IReadOnlyList<Real> points, int digits)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(points);
        var sections = new List<Section>();
        foreach (var entry in entries)
        {
            var steps = new List<LessonStep>();
            foreach (var x in points)
            {
                var xTex = LessonBuilder.Tex(x, digits);
                var xText = LessonBuilder.TexOfText(LessonBuilder.Show(x, digits));
                var at = Label(x);
                var f = entry.Op.Forward([x]);
                var fTex = LessonBuilder.Tex(f, digits);
                var x10 = LessonBuilder.Show(x, digits);
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(entry.Anchor, $"f-{at}"), StepKind.Forward, entry.Anchor, $"f({xText})",
                        entry.Op.Formula(["x"]), entry.Op.Formula([xTex]), f, LessonBuilder.Show(f, digits), [], string.Empty),
                    $"{entry.Anchor}({x10})"));
                var slope = entry.Op.LocalPartial(0, [x], f);
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(entry.Anchor, $"df-{at}"), StepKind.Backward, entry.Anchor, $"f'({xText})",
                        entry.Op.LocalPartialFormula(0, ["x"], "f(x)"), entry.Op.LocalPartialFormula(0, [xTex], fTex), slope, LessonBuilder.Show(slope, digits), [], string.Empty),
                    $"{entry.Anchor}′({x10})"));
                foreach (var extra in (entry.Extras ?? []).Select(e => e(x, digits)))
                {
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(entry.Anchor, $"{extra.Anchor}-{at}"), StepKind.Forward, entry.Anchor, extra.Target,
                            extra.Symbolic, extra.Substituted, extra.Value, LessonBuilder.Show(extra.Value, digits), [], string.Empty),
                        $"{extra.Anchor} at {x10}"));
                }
            }

            sections.Add(new Section(entry.Anchor, entry.Title, entry.Intro, steps));
        }

        return new Lesson(id, title, summary, setting, digits, sections, [], []);
    }

    /// <summary>A point as an anchor fragment: −0.5 → <c>m0-5</c>.</summary>
    private static string Label(Real x) => x.ToString().Replace("-", "m", StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal).Replace("/", "over", StringComparison.Ordinal);
}
