using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>An activation function to tabulate: its op (value and derivative in one place) and where the notes define it.</summary>
/// <param name="Anchor">The section's anchor, e.g. <c>elu</c>.</param>
/// <param name="Title">The heading, e.g. <c>ELU (γ = 1)</c>, as a message for the string table.</param>
/// <param name="Op">The graph op that computes f and f′.</param>
/// <param name="Intro">One or two sentences: the definition, the notes' derivative and their line numbers, as a message.</param>
/// <param name="Extras">Further values to show after f and f′ at each point, e.g. an approximation: (anchor, TeX target, TeX symbolic, TeX substituted, value) from x.</param>
public sealed record ActivationEntry(string Anchor, Message Title, Op Op, Message Intro, IReadOnlyList<Func<Real, DisplayOptions, ActivationExtra>>? Extras = null);

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
    public static Lesson Build(string id, string title, string summary, Message setting, IReadOnlyList<ActivationEntry> entries, IReadOnlyList<Real> points, DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(points);
        var sections = new List<Section>();
        foreach (var entry in entries)
        {
            var steps = new List<LessonStep>();
            var rows = new List<IReadOnlyList<Real>>();
            foreach (var x in points)
            {
                var xTex = display.Tex(x);
                var x10 = display.Text(x);
                var xText = DisplayOptions.TexOfText(x10);
                var at = Label(x);
                var f = entry.Op.Forward([x]);
                var fTex = display.Tex(f);
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(entry.Anchor, $"f-{at}"), StepKind.Forward, entry.Anchor, $"f({xText})",
                        entry.Op.Formula(["x"]), entry.Op.Formula([xTex]), f, display.Text(f), [], null),
                    Message.Of("label.function_at", ("name", entry.Anchor), ("x", x10))));
                var slope = entry.Op.LocalPartial(0, [x], f);
                rows.Add([x, f, slope]);
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(entry.Anchor, $"df-{at}"), StepKind.Backward, entry.Anchor, $"f'({xText})",
                        entry.Op.LocalPartialFormula(0, ["x"], "f(x)"), entry.Op.LocalPartialFormula(0, [xTex], fTex), slope, display.Text(slope), [], null),
                    Message.Of("label.slope_at", ("name", entry.Anchor), ("x", x10))));
                foreach (var extra in (entry.Extras ?? []).Select(e => e(x, display)))
                {
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(entry.Anchor, $"{extra.Anchor}-{at}"), StepKind.Forward, entry.Anchor, extra.Target,
                            extra.Symbolic, extra.Substituted, extra.Value, display.Text(extra.Value), [], null),
                        Message.Of("label.extra_at", ("name", extra.Anchor), ("x", x10))));
                }
            }

            // The table gives the whole function at a glance (and is what a plot of it draws); the steps below work each value out.
            sections.Add(new Section(entry.Anchor, entry.Title, entry.Intro, steps) { Table = new LessonTable(["x", "f(x)", "f'(x)"], rows) });
        }

        return new Lesson(id, title, summary, setting, display, sections, [], []);
    }

    /// <summary>A point as an anchor fragment: −0.5 → <c>m0-5</c>.</summary>
    private static string Label(Real x) => x.ToString().Replace("-", "m", StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal).Replace("/", "over", StringComparison.Ordinal);
}
