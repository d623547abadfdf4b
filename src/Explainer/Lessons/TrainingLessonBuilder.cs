using System.Globalization;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Lessons;

/// <summary>Builds a lesson that runs several optimizers from the same start: each rule's state and update written out with numbers.</summary>
public static class TrainingLessonBuilder
{
    /// <summary>Builds the lesson: one section per run, each step of each shown parameter with every quantity substituted, then the losses.</summary>
    /// <param name="id">The lesson's id.</param>
    /// <param name="title">The lesson's title.</param>
    /// <param name="summary">What the lesson shows.</param>
    /// <param name="setting">The shared settings in words.</param>
    /// <param name="runs">The runs, one per optimizer, all from the same network.</param>
    /// <param name="shown">The parameters written out step by step (every parameter's result is in the summary).</param>
    /// <param name="digits">The significant digits of every displayed value.</param>
    public static Lesson Build(string id, string title, string summary, string setting, IReadOnlyList<TrainingRun> runs, IReadOnlyList<string> shown, int digits)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(shown);
        string Tex(Real value) => LessonBuilder.Tex(value, digits);
        var sections = new List<Section>();
        foreach (var run in runs)
        {
            var o = run.Optimizer;
            var steps = new List<LessonStep>();
            foreach (var step in run.Steps)
            {
                // θ^(t) is the value after t steps, θ^(0) the start; g^(t) and E^(t−1) are taken at θ^(t−1).
                var t = step.Number.ToString(CultureInfo.InvariantCulture);
                var before = (step.Number - 1).ToString(CultureInfo.InvariantCulture);
                var lossName = step.Network.Graph.Output;
                steps.Add(LessonBuilder.Answered(
                    new LessonStep(
                        LessonBuilder.Anchor(o.Name, $"t{t}-loss"), StepKind.Loss, lossName.Name, $"{lossName.Symbol}^{{({before})}}", string.Empty, string.Empty,
                        step.Loss, LessonBuilder.Show(step.Loss, digits), [], $"the loss before step {t}"),
                    $"{lossName.Name} before step {t}"));
                foreach (var u in step.Updates.Where(u => shown.Contains(u.Parameter.Name)))
                {
                    var p = u.Parameter;
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}-g"), StepKind.Backward, p.Name, $"g^{{({t})}}_{{{p.Symbol}}}",
                            $"\\frac{{\\partial {lossName.Symbol}}}{{\\partial {p.Symbol}}}", string.Empty, u.Gradient, LessonBuilder.Show(u.Gradient, digits), [],
                            $"from the backward pass at step {t}"),
                        $"g of {p.Name} at step {t}"));
                    foreach (var q in u.Quantities)
                    {
                        steps.Add(LessonBuilder.Answered(
                            new LessonStep(
                                LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}-{q.Name}"), StepKind.Update, p.Name, $"{q.Symbol}^{{({t})}}_{{{p.Symbol}}}",
                                q.Formula, q.Substitute(Tex), q.Value, LessonBuilder.Show(q.Value, digits), [], string.Empty),
                            $"{q.Name} of {p.Name} at step {t}"));
                    }

                    var delta = u.Quantities.FirstOrDefault(q => q.Name is "step" or "v");
                    steps.Add(LessonBuilder.Answered(
                        new LessonStep(
                            LessonBuilder.Anchor(o.Name, $"t{t}-{p.Name}"), StepKind.Update, p.Name, $"{p.Symbol}^{{({t})}}",
                            $"{p.Symbol}^{{({before})}} + {(delta is null ? "\\Delta\\theta" : delta.Symbol)}^{{({t})}}", $"{Tex(u.Old)} + {Tex(delta?.Value ?? (u.New - u.Old))}",
                            u.New, LessonBuilder.Show(u.New, digits), [], string.Empty),
                        $"{p.Name} after step {t}"));
                }
            }

            var final = run.Final.Graph.Output;
            steps.Add(LessonBuilder.Answered(
                new LessonStep(
                    LessonBuilder.Anchor(o.Name, "final-loss"), StepKind.Loss, final.Name, $"{final.Symbol}^{{({run.Steps.Count})}}", string.Empty, string.Empty,
                    run.FinalLoss, LessonBuilder.Show(run.FinalLoss, digits), [], $"the loss after {run.Steps.Count} steps"),
                $"{final.Name} after {run.Steps.Count} steps"));
            var hyper = string.Join(", ", o.Hyperparameters.Select(h => $"{h.Symbol} = {LessonBuilder.Show(h.Value, digits)}"));
            sections.Add(new Section(o.Name, Title(o.Kind), $"{Rule(o.Kind)} ({o.Source}), with {hyper}; the state starts at zero.", steps));
        }

        var comparison = runs.Select(r => new ComparisonRow(Title(r.Optimizer.Kind), r.Optimizer.Name, r.Steps.Count, r.Steps[0].Loss, r.FinalLoss)).ToList();
        return new Lesson(id, title, summary, setting, digits, sections, [], []) { Comparison = comparison };
    }

    private static string Title(OptimizerKind kind) => kind switch
    {
        OptimizerKind.Sgd => "Gradient descent",
        OptimizerKind.Momentum => "Momentum",
        OptimizerKind.AdaGrad => "AdaGrad",
        OptimizerKind.RmsProp => "RMSProp",
        _ => "Adam",
    };

    private static string Rule(OptimizerKind kind) => kind switch
    {
        OptimizerKind.Sgd => "Each parameter moves against its gradient: $\\theta \\leftarrow \\theta - \\varepsilon g$",
        OptimizerKind.Momentum => "A velocity accumulates past steps, $v \\leftarrow \\alpha v - \\varepsilon g$, and the parameter moves by it, $\\theta \\leftarrow \\theta + v$",
        OptimizerKind.AdaGrad => "Each parameter's rate shrinks with the sum of its squared gradients: $r \\leftarrow r + g^2$, $\\theta \\leftarrow \\theta - \\frac{\\varepsilon}{\\sqrt{r} + \\delta} g$",
        OptimizerKind.RmsProp => "Like AdaGrad with a decaying average: $r \\leftarrow \\rho r + (1 - \\rho) g^2$, $\\theta \\leftarrow \\theta - \\frac{\\varepsilon}{\\sqrt{r + \\delta}} g$",
        _ => "Decaying averages of g and g², corrected for their zero start: $s \\leftarrow \\rho_1 s + (1 - \\rho_1) g$, $r \\leftarrow \\rho_2 r + (1 - \\rho_2) g^2$, $\\hat{s} \\leftarrow \\frac{s}{1 - \\rho_1^t}$, $\\hat{r} \\leftarrow \\frac{r}{1 - \\rho_2^t}$, $\\theta \\leftarrow \\theta - \\frac{\\varepsilon \\hat{s}}{\\sqrt{\\hat{r}} + \\delta}$ (the notes' last line is garbled; this is Kingma & Ba's)",
    };
}
