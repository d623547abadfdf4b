using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Lessons;

/// <summary>Builds a lesson that runs several optimizers from the same start: each rule's state and update written out with numbers.</summary>
/// <remarks>Each rule's heading and its statement in TeX are the string table's <c>optimizer.KIND.title</c> and <c>optimizer.KIND.rule</c>.</remarks>
public static class TrainingLessonBuilder
{
    /// <summary>Builds the lesson: one section per run, each step of each shown parameter with every quantity substituted, then the losses.</summary>
    /// <param name="id">The lesson's id.</param>
    /// <param name="title">The lesson's title.</param>
    /// <param name="summary">What the lesson shows.</param>
    /// <param name="setting">The shared settings, as a message.</param>
    /// <param name="runs">The runs, one per optimizer, all from the same network.</param>
    /// <param name="shown">The parameters written out step by step (every parameter's result is in the summary).</param>
    /// <param name="display">How every value is displayed.</param>
    public static Lesson Build(string id, string title, string summary, Message setting, IReadOnlyList<TrainingRun> runs, IReadOnlyList<string> shown, DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(display);
        var sections = new List<Section>();
        foreach (var run in runs)
        {
            var o = run.Optimizer;
            var steps = new List<LessonStep>();
            for (var i = 0; i < run.Steps.Count; i++)
            {
                // θ^(t) is the value after t steps, θ^(0) the start; g^(t) and E^(t−1) are taken at θ^(t−1).
                var step = run.Steps[i];
                var next = i + 1 < run.Steps.Count ? run.Steps[i + 1] : null;
                var t = step.Number;
                var before = step.Number - 1;
                var lossName = step.Network.Graph.Output;
                var lossNote = i > 0 && Rose(run.Steps[i - 1].Loss, step.Loss)
                    ? Message.Of("content.note.loss_rose", ("step", t), ("previous", before), ("earlier", run.Steps[i - 1].Loss))
                    : Message.Of("note.loss_before", ("step", t));
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(o.Name, $"t{t}-loss"), StepKind.Loss, lossName.Name, $"{lossName.Symbol}^{{({before})}}", string.Empty, string.Empty,
                        step.Loss, display.Text(step.Loss), [], lossNote),
                    Message.Of("label.loss_before", ("name", lossName.Name), ("step", t))));
                foreach (var u in step.Updates.Where(u => shown.Contains(u.Parameter.Name)))
                {
                    var p = u.Parameter;
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}-g"), StepKind.Backward, p.Name, $"g^{{({t})}}_{{{p.Symbol}}}",
                            $"\\frac{{\\partial {lossName.Symbol}}}{{\\partial {p.Symbol}}}", string.Empty, u.Gradient, display.Text(u.Gradient), [],
                            Message.Of("note.gradient_at", ("step", t))),
                        Message.Of("label.gradient_at", ("name", p.Name), ("step", t))));
                    foreach (var q in u.Quantities)
                    {
                        steps.Add(LessonBuilder.Answered(
                            new LessonStep(
                                LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}-{q.Name}"), StepKind.Update, p.Name, $"{q.Symbol}^{{({t})}}_{{{p.Symbol}}}",
                                q.Formula, q.Substitute(display.Tex), q.Value, display.Text(q.Value), [], null),
                            Message.Of("label.state_at", ("quantity", q.Name), ("name", p.Name), ("step", t))));
                    }

                    var delta = u.Quantities.FirstOrDefault(q => q.Name is "step" or "v");
                    var later = next?.Updates.FirstOrDefault(n => n.Parameter.Name == p.Name);
                    var passed = later is not null && Sign(u.Gradient) * Sign(later.Gradient) < 0
                        ? Message.Of("content.note.passed_minimum", ("name", $"${p.Symbol}$"), ("step", t), ("next", t + 1), ("gradient", later.Gradient))
                        : null;
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}"), StepKind.Update, p.Name, $"{p.Symbol}^{{({t})}}",
                            $"{p.Symbol}^{{({before})}} + {(delta is null ? "\\Delta\\theta" : delta.Symbol)}^{{({t})}}", $"{display.Tex(u.Old)} + {display.Tex(delta?.Value ?? (u.New - u.Old))}",
                            u.New, display.Text(u.New), [], passed),
                        Message.Of("label.after_step", ("name", p.Name), ("step", t))));
                }
            }

            var final = run.Final.Graph.Output;
            steps.Add(LessonBuilder.Answered(
                new LessonStep(
                    LessonBuilder.Anchor(o.Name, "final-loss"), StepKind.Loss, final.Name, $"{final.Symbol}^{{({run.Steps.Count})}}", string.Empty, string.Empty,
                    run.FinalLoss, display.Text(run.FinalLoss), [],
                    Rose(run.Steps[^1].Loss, run.FinalLoss)
                        ? Message.Of("content.note.loss_after_rose", ("steps", run.Steps.Count), ("earlier", run.Steps[^1].Loss))
                        : Message.Of("note.loss_after", ("steps", run.Steps.Count))),
                Message.Of("label.loss_after", ("name", final.Name), ("steps", run.Steps.Count))));
            var hyper = string.Join(", ", o.Hyperparameters.Select(h => $"{h.Symbol} = {display.Text(h.Value)}"));
            sections.Add(new Section(o.Name, Message.Of(Key(o.Kind) + ".title"), Message.Of("optimizer.intro", ("rule", Message.Of(Key(o.Kind) + ".rule")), ("source", o.Source), ("hyperparameters", hyper)), steps));
        }

        var comparison = runs.Select(r => new ComparisonRow(Message.Of(Key(r.Optimizer.Kind) + ".title"), r.Optimizer.Name, r.Steps.Count, r.Steps[0].Loss, r.FinalLoss)).ToList();
        return new Lesson(id, title, summary, setting, display, sections, [], []) { Comparison = comparison };
    }

    /// <summary>Whether the loss rose from <paramref name="before"/> to <paramref name="after"/>, as far as the enclosures decide: a step that overshot.</summary>
    private static bool Rose(Real before, Real after) => Real.TryCompare(after, before) > 0;

    /// <summary>The sign of a gradient, or 0 when it cannot be decided (a gradient that may be exactly 0 passes no minimum).</summary>
    private static int Sign(Real value) => Real.TryCompare(value, Real.Zero) ?? 0;

    /// <summary>The string-table prefix of a rule: <c>optimizer.adam</c>.</summary>
    private static string Key(OptimizerKind kind) => "optimizer." + kind.ToString().ToLowerInvariant();
}
