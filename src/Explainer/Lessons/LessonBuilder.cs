using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>Builds a <see cref="Lesson"/> from a trace: one step per node forward, one per gradient backward, one per update.</summary>
/// <remarks>
/// Backward steps derive each local partial from its op's rule, then write the chain rule with numbers, δ = ∂E/∂net
/// reused in networks (<see cref="BackwardSteps"/>); after the updates, the loss they leave (<see cref="AfterUpdate"/>).
/// </remarks>
public static partial class LessonBuilder
{
    private static readonly HashSet<string> LossOps = new(StringComparer.Ordinal) { "half_squared_error", "squared_error", "mean", "cross_entropy" };

    /// <summary>Builds the lesson, displaying every value as <paramref name="display"/> says.</summary>
    /// <remarks>
    /// A mini-batch (<see cref="LessonSource.Batch"/>) is laid out by sample: the shared parameters once, then one section
    /// per sample with its inputs, targets, forward pass and loss, then the batch loss as the sum or mean of the samples'
    /// losses; every parameter's gradient is written as the sum or mean of the samples' own gradients.
    /// </remarks>
    /// <exception cref="ArgumentException">The source's batch is not of its trace.</exception>
    public static Lesson Build(LessonSource source, DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(display);
        var trace = source.Trace;
        var graph = trace.Graph;
        var output = graph.Output;
        var claims = source.Checks.ToLookup(c => AnchorOf(c.Claim.Quantity));
        var marker = new Marker(trace, source.Updates, source.LearningRate);

        // "The loss" is a section only where there is a target to be far from; an expression's output is its last value.
        var hasTarget = graph.Nodes.Any(n => n.Kind == NodeKind.Target);
        var hasUpdateStep = source.Updates.Count > 0 || source.LearningRate is not null;

        // Each step's answer is made before its value is displayed: its twenty digits may narrow the enclosure of a value
        // that cannot be decided (one that may be exactly zero), and the lesson then shows the narrower one, as every
        // later display of that value does.
        // A quantity the marker does not know (the update of a parameter where nothing is updated) is judged by its value alone.
        StepAnswer Answer(QuantityKey key, Real exact) => marker.Exact(key) is null
            ? StepAnswer.Of(null, Label(key, output), exact, [])
            : StepAnswer.Of(key, Label(key, output), exact, marker.MistakeValues(key, StepAnswer.Digits));
        LessonStep Given(Node node)
            => new(Anchor("given", node.Name), StepKind.Given, node.Name, node.Symbol, string.Empty, string.Empty, node.Value, display.Text(node.Value), Claims(claims, Anchor("forward", node.Name)), KindNote(node));
        LessonStep Computed(Node node)
        {
            var answer = Answer(QuantityKey.Value(node.Name), node.Value);
            var isLoss = hasTarget && (node == output || LossOps.Contains(node.Op!.Name));
            var substituted = node.Op!.Formula(node.Inputs.Select(i => display.Tex(i.Value)).ToList());
            return new LessonStep(Anchor("forward", node.Name), isLoss ? StepKind.Loss : StepKind.Forward, node.Name, node.Symbol, node.Formula, substituted, node.Value, display.Text(node.Value), Claims(claims, Anchor("forward", node.Name)), null)
            {
                Answer = answer,
            };
        }

        var batch = source.Batch;
        if (batch is not null && !ReferenceEquals(batch.Trace, trace))
        {
            throw new ArgumentException("the lesson source's batch is not of its trace", nameof(source));
        }

        var sections = new List<Section>();
        if (batch is null)
        {
            var given = new List<LessonStep>();
            var forward = new List<LessonStep>();
            var loss = new List<LessonStep>();
            foreach (var node in graph.Nodes)
            {
                if (node.Kind == NodeKind.Constant || node.Id > output.Id)
                {
                    continue;
                }

                if (node.Op is null)
                {
                    given.Add(Given(node));
                    continue;
                }

                var step = Computed(node);
                (step.Kind == StepKind.Loss ? loss : forward).Add(step);
            }

            var samples = SampleTable(graph, claims);
            sections.Add(new("setup", Message.Of("section.setup.title"), Message.Of("section.setup.intro"), [.. given.Where(g => samples is null || !samples.Value.Nodes.Contains(g.Node))])
            {
                Table = samples?.Table,
            });
            sections.Add(new("forward", Message.Of("section.forward.title"), Message.Of("section.forward.intro"), forward));
            if (loss.Count > 0)
            {
                sections.Add(new Section("loss", Message.Of("section.loss.title"), Message.Of("section.loss.intro", ("loss", Dollar(output.Symbol))), loss));
            }
        }
        else
        {
            sections.AddRange(BatchSections(batch, display, Given, Computed));
        }

        var backward = new List<LessonStep>
        {
            new(Anchor("backward", output.Name), StepKind.Backward, output.Name, Partial(output, output), string.Empty, string.Empty, Real.One, "1", Claims(claims, Anchor("backward", output.Name)), Message.Of("note.backward_start"))
            {
                Answer = Answer(QuantityKey.Gradient(output.Name), Real.One),
            },
        };
        var steps = new BackwardSteps(trace, display, source.Deltas, source.Updates.Select(u => u.Parameter));
        foreach (var node in steps.Order())
        {
            // A fixed input is not learned: its gradient is noise unless the source asks for it or a claim checks it.
            if (node.Kind == NodeKind.Input && !source.ShowInputGradients && !claims[Anchor("backward", node.Name)].Any())
            {
                continue;
            }

            // A batch's shared parameters get their own section: the sum or mean of the samples' gradients.
            if (batch is null || node.Kind != NodeKind.Parameter)
            {
                var answer = Answer(QuantityKey.Gradient(node.Name), trace.Gradient(node));
                backward.Add(steps.Step(node, Claims(claims, Anchor("backward", node.Name))) with { Answer = answer });
            }
        }

        var updates = new List<LessonStep>();
        var summary = new List<SummaryRow>();
        foreach (var p in source.Parameters)
        {
            var update = source.Updates.FirstOrDefault(u => u.Parameter == p);
            var gradient = trace.Gradient(p);
            if (!hasUpdateStep)
            {
                summary.Add(new SummaryRow(p.Name, p.Symbol, p.Value, gradient, p.Value, false));
                continue;
            }

            var target = $"{p.Symbol}^{{+}}";
            var answer = Answer(QuantityKey.Update(p.Name), update?.New ?? p.Value);
            if (update is null)
            {
                // Only a bias is held back by a bias policy; anything else a step leaves alone is simply not updated.
                var name = Dollar(p.Symbol);
                var note = !source.Biases.Contains(p) ? Message.Of("note.not_updated_plain", ("name", name))
                    : source.LearningRate is { } rate
                    ? Message.Of("note.not_updated_would", ("name", name), ("gradient", gradient), ("would", p.Value - (rate * gradient)))
                    : Message.Of("note.not_updated", ("name", name));
                updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, p.Symbol, display.Tex(p.Value), p.Value, display.Text(p.Value), Claims(claims, Anchor("update", p.Name)), note)
                {
                    Answer = answer,
                });
                summary.Add(new SummaryRow(p.Name, p.Symbol, p.Value, gradient, p.Value, false));
                continue;
            }

            var symbolic = $"{p.Symbol} - \\eta \\, {Partial(output, p)}";
            var substituted = $"{display.Tex(update.Old)} - {display.Tex(update.LearningRate)} \\times {display.Tex(update.Gradient)}";
            updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, symbolic, substituted, update.New, display.Text(update.New), Claims(claims, Anchor("update", p.Name)), null)
            {
                Answer = answer,
            });
            summary.Add(new SummaryRow(p.Name, p.Symbol, update.Old, update.Gradient, update.New, true));
        }

        sections.Add(new Section("backward", Message.Of("section.backward.title"), Message.Of("section.backward.intro", ("loss", Dollar(output.Symbol))), backward));
        if (batch is not null)
        {
            sections.Add(BatchGradients(batch, display, claims, Answer));
        }

        if (updates.Count > 0)
        {
            sections.Add(new Section("updates", Message.Of("section.updates.title"), Message.Of("section.updates.intro"), updates));
        }

        if (AfterUpdate.Section(source, display) is { } after)
        {
            sections.Add(after);
        }

        if (source.Remarks.Count > 0)
        {
            sections = [.. sections.Select(s => s with { Steps = [.. s.Steps.Select(step => Remarked(step, source.Remarks))] })];
        }

        return new Lesson(source.Id, source.Title, source.Summary, source.Setting, display, sections, summary, source.Checks) { HasUpdateStep = hasUpdateStep };
    }

    /// <summary>A batch's setup (the shared parameters), one section per sample (its data, forward pass and loss), and the batch loss.</summary>
    private static List<Section> BatchSections(MiniBatch batch, DisplayOptions display, Func<Node, LessonStep> given, Func<Node, LessonStep> computed)
    {
        var count = batch.Samples.Count;
        var parameters = batch.Trace.Graph.Nodes.Where(p => p.Kind == NodeKind.Parameter).Select(given).ToList();
        var sections = new List<Section>
        {
            new("setup", Message.Of("section.setup.title"), Message.Of("section.batch_setup.intro", ("count", count)), parameters),
        };
        foreach (var sample in batch.Samples)
        {
            string Values(IEnumerable<Node> nodes) => $"({string.Join(", ", nodes.Select(v => display.Text(v.Value)))})";
            var number = sample.Number;
            sections.Add(new Section(
                $"sample-{number.ToString(CultureInfo.InvariantCulture)}",
                Message.Of("section.sample.title", ("number", number), ("count", count), ("inputs", Values(sample.Inputs)), ("targets", Values(sample.Targets))),
                Message.Of("section.sample.intro", ("number", number), ("loss", Dollar(sample.Loss.Symbol))),
                [.. sample.Nodes.Where(v => v.Op is not null).Select(computed)])
            {
                Given = [.. sample.Inputs.Concat(sample.Targets).Select(given)],
            });
        }

        var loss = batch.Loss;
        sections.Add(new Section("loss", Message.Of("section.batch_loss.title"), Message.Of("section.batch_loss.intro", ("loss", Dollar(loss.Symbol)), ("reduction", Reduction(batch)), ("count", count)), [computed(loss)]));
        return sections;
    }

    /// <summary>The inputs and targets of a graph with one loss per sample (the AND neuron's truth table) as a table, a row per sample; null for any other graph.</summary>
    /// <remarks>
    /// A sample is a target with the inputs its loss depends on. The table needs two or more samples with as many inputs
    /// each, no input in two of them, every input in one, and no claim on any of them (a claim is shown with its value).
    /// A column is named by the first row's symbol, without the sample's superscript <c>^{(00)}</c> when the whole row has it.
    /// </remarks>
    private static (LessonTable Table, HashSet<string> Nodes)? SampleTable(ComputationGraph graph, ILookup<string, ClaimCheck> claims)
    {
        var targets = graph.Nodes.Where(n => n.Kind == NodeKind.Target).ToList();
        if (targets.Count < 2)
        {
            return null;
        }

        var rows = new List<List<Node>>();
        foreach (var target in targets)
        {
            var loss = graph.Nodes.FirstOrDefault(n => n.Inputs.Contains(target));
            if (loss is null)
            {
                return null;
            }

            rows.Add([.. Ancestors(loss).Where(n => n.Kind == NodeKind.Input).OrderBy(n => n.Id), target]);
        }

        var cells = rows.SelectMany(r => r).ToList();
        if (rows.Any(r => r.Count != rows[0].Count) || cells.Distinct().Count() != cells.Count
            || cells.Count(n => n.Kind == NodeKind.Input) != graph.Nodes.Count(n => n.Kind == NodeKind.Input)
            || cells.Any(n => claims[Anchor("forward", n.Name)].Any()))
        {
            return null;
        }

        var named = rows[0].Select(n => SampleSuperscript().Match(n.Symbol)).ToList();
        var columns = named.All(m => m.Success) && named.Select(m => m.Groups["sample"].Value).Distinct().Count() == 1
            ? named.Select(m => m.Groups["base"].Value).ToList()
            : rows[0].Select(n => n.Symbol).ToList();
        return (new LessonTable(columns, [.. rows.Select(r => (IReadOnlyList<Real>)[.. r.Select(n => n.Value)])]) { IsGiven = true }, [.. cells.Select(n => n.Name)]);
    }

    /// <summary>Every node <paramref name="node"/> is computed from, directly or not.</summary>
    private static HashSet<Node> Ancestors(Node node)
    {
        var seen = new HashSet<Node>();
        var stack = new Stack<Node>(node.Inputs);
        while (stack.TryPop(out var n))
        {
            if (seen.Add(n))
            {
                foreach (var i in n.Inputs)
                {
                    stack.Push(i);
                }
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^(?<base>.+)\^\{\((?<sample>[^()]*)\)\}$")]
    private static partial Regex SampleSuperscript();

    /// <summary>Each shared parameter's gradient as the sum or mean of its gradients in the samples alone.</summary>
    /// <remarks>The batch loss's own formula gives the form: ∂/∂θ of a sum (or mean) of the samples' losses is the sum (or mean) of their gradients.</remarks>
    private static Section BatchGradients(MiniBatch batch, DisplayOptions display, ILookup<string, ClaimCheck> claims, Func<QuantityKey, Real, StepAnswer> answer)
    {
        var loss = batch.Loss;
        var word = Reduction(batch);
        var count = batch.Samples.Count;
        var steps = batch.Gradients.Select(g =>
        {
            var p = g.Parameter;
            var made = answer(QuantityKey.Gradient(p.Name), g.Value);
            var symbolic = loss.Op!.Formula([.. batch.Samples.Select(s => Partial(s.Loss, p))]);
            var substituted = loss.Op.Formula([.. g.Samples.Select(display.Tex)]);
            return new LessonStep(
                Anchor("backward", p.Name), StepKind.Backward, p.Name, Partial(loss, p), symbolic, substituted, g.Value, display.Text(g.Value), Claims(claims, Anchor("backward", p.Name)),
                Message.Of("note.shared_gradient", ("name", Dollar(p.Symbol)), ("count", count), ("reduction", word)))
            {
                Answer = made,
            };
        }).ToList();
        var first = batch.Samples[0].Loss;
        var upstream = batch.Trace.Gradient(first);
        var gradient = Dollar($"\\frac{{\\partial {first.Symbol}}}{{\\partial \\theta}}");
        var intro = upstream.Equals(Real.One)
            ? Message.Of("section.batch_gradients.intro", ("reduction", word), ("gradient", gradient))
            : Message.Of("section.batch_gradients.intro_over", ("reduction", word), ("gradient", gradient), ("over", Dollar($"{Partial(loss, first)} = {display.Tex(upstream)}")));
        return new Section("batch-gradients", Message.Of("section.batch_gradients.title"), intro, steps);
    }

    /// <summary>The step with the author's remark on its quantity, if the remarks have one.</summary>
    private static LessonStep Remarked(LessonStep step, IReadOnlyDictionary<string, string> remarks)
    {
        var key = step.Kind switch
        {
            StepKind.Forward or StepKind.Loss => "value:" + step.Node,
            StepKind.Backward => "grad:" + step.Node,
            _ => null,
        };
        return key is not null && remarks.TryGetValue(key, out var remark)
            ? step with { AuthorRemark = remark }
            : step;
    }

    /// <summary>A quantity in plain text, as an input's label names it: <c>net_h1</c>, <c>∂E_total/∂w5</c>, <c>w5⁺ (after the update)</c>.</summary>
    private static Message Label(QuantityKey key, Node output) => key.Kind switch
    {
        QuantityKind.Gradient => Message.Of("label.gradient", ("output", output.Name), ("name", key.Name)),
        QuantityKind.Update => Message.Of("label.update", ("name", key.Name)),
        _ => Message.Of("label.value", ("name", key.Name)),
    };

    /// <summary>The batch's reduction as a word of the string table: sum or mean.</summary>
    private static Message Reduction(MiniBatch batch) => Message.Of("reduction." + batch.ReductionName);

    private static string Partial(Node of, Node by) => $"\\frac{{\\partial {of.Symbol}}}{{\\partial {by.Symbol}}}";

    private static string Dollar(string tex) => $"${tex}$";

    private static Message KindNote(Node node) => Message.Of(node.Kind switch
    {
        NodeKind.Parameter => "note.given.parameter",
        NodeKind.Target => "note.given.target",
        _ => "note.given.input",
    });

    private static List<ClaimCheck> Claims(ILookup<string, ClaimCheck> claims, string anchor) => claims[anchor].ToList();

    /// <summary>The anchor of the step a claim's quantity belongs to.</summary>
    private static string AnchorOf(QuantityKey quantity) => quantity.Kind switch
    {
        QuantityKind.Value => Anchor("forward", quantity.Name),
        QuantityKind.Gradient => Anchor("backward", quantity.Name),
        QuantityKind.Partial or QuantityKind.Path => Anchor("backward", quantity.Input!),
        _ => Anchor("update", quantity.Name),
    };

    /// <summary>The step with an answer that judges a learner's number against its value alone: for steps that are no quantity of one trace, so no mistake can be recomputed.</summary>
    internal static LessonStep Answered(LessonStep step, Message label) => step with { Answer = StepAnswer.Of(null, label, step.Value, []) };

    /// <summary>A stable, URL-safe anchor: <c>forward-net-h1</c>.</summary>
    public static string Anchor(string part, string name)
    {
        var sb = new StringBuilder(part.Length + name.Length + 1).Append(part).Append('-');
        foreach (var ch in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-');
        }

        return sb.ToString();
    }
}
