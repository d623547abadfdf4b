using System.Globalization;
using System.Text;
using Explainer.Checking;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Lessons;

/// <summary>Builds a <see cref="Lesson"/> from a trace: one step per node forward, one per gradient backward, one per update.</summary>
/// <remarks>
/// A backward step writes the chain rule from the nearest node that feeds several others (or from the output)
/// down to the node, with every factor's number substituted; where a node feeds several others, its step writes
/// the sum over its paths.
/// </remarks>
public static class LessonBuilder
{
    private static readonly HashSet<string> LossOps = new(StringComparer.Ordinal) { "half_squared_error", "squared_error", "mean", "cross_entropy" };

    /// <summary>Builds the lesson, displaying every value with <paramref name="digits"/> significant digits.</summary>
    /// <remarks>
    /// A mini-batch (<see cref="LessonSource.Batch"/>) is laid out by sample: the shared parameters once, then one section
    /// per sample with its inputs, targets, forward pass and loss, then the batch loss as the sum or mean of the samples'
    /// losses; every parameter's gradient is written as the sum or mean of the samples' own gradients.
    /// </remarks>
    /// <exception cref="ArgumentException">The source's batch is not of its trace.</exception>
    public static Lesson Build(LessonSource source, int digits)
    {
        ArgumentNullException.ThrowIfNull(source);
        var trace = source.Trace;
        var graph = trace.Graph;
        var output = graph.Output;
        var claims = source.Checks.ToLookup(c => AnchorOf(c.Claim.Quantity));
        var marker = new Marker(trace, source.Updates, source.LearningRate);

        // Each step's answer is made before its value is displayed: its twenty digits may narrow the enclosure of a value
        // that cannot be decided (one that may be exactly zero), and the lesson then shows the narrower one, as every
        // later display of that value does.
        // A quantity the marker does not know (the update of a parameter where nothing is updated) is judged by its value alone.
        StepAnswer Answer(QuantityKey key, Real exact) => marker.Exact(key) is null
            ? StepAnswer.Of(null, Label(key, output), exact, [])
            : StepAnswer.Of(key, Label(key, output), exact, marker.MistakeValues(key, StepAnswer.Digits));
        LessonStep Given(Node node)
            => new(Anchor("given", node.Name), StepKind.Given, node.Name, node.Symbol, string.Empty, string.Empty, node.Value, Show(node.Value, digits), Claims(claims, Anchor("forward", node.Name)), KindNote(node));
        LessonStep Computed(Node node)
        {
            var answer = Answer(QuantityKey.Value(node.Name), node.Value);
            var isLoss = node == output || LossOps.Contains(node.Op!.Name);
            var substituted = node.Op!.Formula(node.Inputs.Select(i => Tex(i.Value, digits)).ToList());
            return new LessonStep(Anchor("forward", node.Name), isLoss ? StepKind.Loss : StepKind.Forward, node.Name, node.Symbol, node.Formula, substituted, node.Value, Show(node.Value, digits), Claims(claims, Anchor("forward", node.Name)), string.Empty)
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

            sections.Add(new("setup", "Setup", "The values the example starts from.", given));
            sections.Add(new("forward", "Forward pass", "Each node's value from the values before it: the formula, the same with numbers, the result.", forward));
            if (loss.Count > 0)
            {
                sections.Add(new Section("loss", "The loss", $"How far the output is from the target, ending in {Dollar(output.Symbol)}.", loss));
            }
        }
        else
        {
            sections.AddRange(BatchSections(batch, digits, Given, Computed));
        }

        var backward = new List<LessonStep>
        {
            new(Anchor("backward", output.Name), StepKind.Backward, output.Name, Partial(output, output), string.Empty, string.Empty, Real.One, "1", Claims(claims, Anchor("backward", output.Name)), "The gradient of the output with respect to itself starts the backward pass.")
            {
                Answer = Answer(QuantityKey.Gradient(output.Name), Real.One),
            },
        };
        for (var id = output.Id - 1; id >= 0; id--)
        {
            var node = graph.Nodes[id];
            if (node.Kind is NodeKind.Constant or NodeKind.Target || trace.Contributions(node).Count == 0)
            {
                continue;
            }

            // A batch's shared parameters get their own section: the sum or mean of the samples' gradients.
            if (batch is null || node.Kind != NodeKind.Parameter)
            {
                var answer = Answer(QuantityKey.Gradient(node.Name), trace.Gradient(node));
                backward.Add(BackwardStep(trace, node, digits, claims) with { Answer = answer });
            }
        }

        var updates = new List<LessonStep>();
        var summary = new List<SummaryRow>();
        foreach (var p in source.Parameters)
        {
            var update = source.Updates.FirstOrDefault(u => u.Parameter == p);
            var gradient = trace.Gradient(p);
            var target = $"{p.Symbol}^{{+}}";
            var answer = Answer(QuantityKey.Update(p.Name), update?.New ?? p.Value);
            if (update is null)
            {
                var would = source.LearningRate is { } rate ? $"; with its gradient {Show(gradient, digits)} it would move to {Show(p.Value - (rate * gradient), digits)}" : string.Empty;
                updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, p.Symbol, Tex(p.Value, digits), p.Value, Show(p.Value, digits), Claims(claims, Anchor("update", p.Name)),
                    $"{p.Name} is not updated under this bias policy{would}.")
                {
                    Answer = answer,
                });
                summary.Add(new SummaryRow(p.Name, p.Symbol, p.Value, gradient, p.Value, false));
                continue;
            }

            var symbolic = $"{p.Symbol} - \\eta \\, {Partial(output, p)}";
            var substituted = $"{Tex(update.Old, digits)} - {Tex(update.LearningRate, digits)} \\times {Tex(update.Gradient, digits)}";
            updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, symbolic, substituted, update.New, Show(update.New, digits), Claims(claims, Anchor("update", p.Name)), string.Empty)
            {
                Answer = answer,
            });
            summary.Add(new SummaryRow(p.Name, p.Symbol, update.Old, update.Gradient, update.New, true));
        }

        sections.Add(new Section("backward", "Backward pass", $"Every gradient of {Dollar(output.Symbol)}, from the output back to the inputs: the chain rule with each factor's number, and where a node feeds several others, the sum over its paths.", backward));
        if (batch is not null)
        {
            sections.Add(BatchGradients(batch, digits, claims, Answer));
        }

        if (updates.Count > 0)
        {
            sections.Add(new Section("updates", "Updates", "One step of gradient descent, θ⁺ = θ − η ∂E/∂θ, for every parameter.", updates));
        }

        return new Lesson(source.Id, source.Title, source.Summary, source.Setting, digits, sections, summary, source.Checks);
    }

    /// <summary>The value as displayed in lessons: proven digits, exact decimals in full when short enough.</summary>
    public static string Show(Real value, int digits) => value.IsZero ? "0" : value.Format(digits).Text;

    /// <summary>The value as TeX: negative values in parentheses, scientific notation as × 10^k.</summary>
    public static string Tex(Real value, int digits)
    {
        var text = TexOfText(Show(value, digits));
        return text.StartsWith('-') ? $"\\left({text}\\right)" : text;
    }

    /// <summary>A displayed decimal as TeX: <c>2.06e-9</c> becomes <c>2.06 \times 10^{-9}</c>; positional text is unchanged.</summary>
    /// <remarks>An undecided value's enclosure <c>[a, b]</c> becomes <c>\left[a,\ b\right]</c> with each end converted.</remarks>
    public static string TexOfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('[') && text.EndsWith(']') && text.IndexOf(',', StringComparison.Ordinal) is var comma and > 0)
        {
            return $"\\left[{TexOfText(text[1..comma].Trim())},\\ {TexOfText(text[(comma + 1)..^1].Trim())}\\right]";
        }

        var e = text.IndexOf('e', StringComparison.Ordinal);
        return e < 0 ? text : $"{text[..e]} \\times 10^{{{text[(e + 1)..].TrimStart('+')}}}";
    }

    /// <summary>A batch's setup (the shared parameters), one section per sample (its data, forward pass and loss), and the batch loss.</summary>
    private static List<Section> BatchSections(MiniBatch batch, int digits, Func<Node, LessonStep> given, Func<Node, LessonStep> computed)
    {
        var count = batch.Samples.Count.ToString(CultureInfo.InvariantCulture);
        var parameters = batch.Trace.Graph.Nodes.Where(p => p.Kind == NodeKind.Parameter).Select(given).ToList();
        var sections = new List<Section>
        {
            new("setup", "Setup", $"The parameters, shared by the {count} samples of the mini-batch; each sample's inputs and targets open its own section.", parameters),
        };
        foreach (var sample in batch.Samples)
        {
            string Values(IEnumerable<Node> nodes) => $"({string.Join(", ", nodes.Select(v => Show(v.Value, digits)))})";
            var number = sample.Number.ToString(CultureInfo.InvariantCulture);
            sections.Add(new Section(
                $"sample-{number}",
                $"Sample {number} of {count}: inputs {Values(sample.Inputs)}, targets {Values(sample.Targets)}",
                $"Sample {number}'s forward pass and its loss {Dollar(sample.Loss.Symbol)}, from its inputs and the shared parameters.",
                [.. sample.Nodes.Where(v => v.Op is not null).Select(computed)])
            {
                Given = [.. sample.Inputs.Concat(sample.Targets).Select(given)],
            });
        }

        var loss = batch.Loss;
        sections.Add(new Section("loss", "The batch loss", $"{Dollar(loss.Symbol)} is the {batch.ReductionName} of the {count} samples' losses.", [computed(loss)]));
        return sections;
    }

    /// <summary>Each shared parameter's gradient as the sum or mean of its gradients in the samples alone.</summary>
    /// <remarks>The batch loss's own formula gives the form: ∂/∂θ of a sum (or mean) of the samples' losses is the sum (or mean) of their gradients.</remarks>
    private static Section BatchGradients(MiniBatch batch, int digits, ILookup<string, ClaimCheck> claims, Func<QuantityKey, Real, StepAnswer> answer)
    {
        var loss = batch.Loss;
        var word = batch.ReductionName;
        var count = batch.Samples.Count.ToString(CultureInfo.InvariantCulture);
        var steps = batch.Gradients.Select(g =>
        {
            var p = g.Parameter;
            var made = answer(QuantityKey.Gradient(p.Name), g.Value);
            var symbolic = loss.Op!.Formula([.. batch.Samples.Select(s => Partial(s.Loss, p))]);
            var substituted = loss.Op.Formula([.. g.Samples.Select(v => Tex(v, digits))]);
            return new LessonStep(
                Anchor("backward", p.Name), StepKind.Backward, p.Name, Partial(loss, p), symbolic, substituted, g.Value, Show(g.Value, digits), Claims(claims, Anchor("backward", p.Name)),
                $"{p.Name} is shared by the {count} samples, so its gradient is the {word} of its gradients in each sample alone.")
            {
                Answer = made,
            };
        }).ToList();
        var first = batch.Samples[0].Loss;
        var upstream = batch.Trace.Gradient(first);
        var over = upstream.Equals(Real.One) ? string.Empty : $", over {Dollar($"{Partial(loss, first)} = {Tex(upstream, digits)}")}";
        return new Section(
            "batch-gradients",
            "Gradients of the shared parameters",
            $"Every sample uses the same parameters, so each parameter's gradient is the {word} of its gradients in each sample alone. Sample 1's, {Dollar($"\\frac{{\\partial {first.Symbol}}}{{\\partial \\theta}}")}, is the sum of the parameter's paths through sample 1's nodes in the backward pass{over}; and so on for each sample.",
            steps);
    }

    private static LessonStep BackwardStep(Trace trace, Node node, int digits, ILookup<string, ClaimCheck> claims)
    {
        var output = trace.Graph.Output;
        var contributions = trace.Contributions(node);
        string symbolic;
        string substituted;
        if (contributions.Count == 1)
        {
            var factors = new List<EdgeStep>();
            var current = node;
            Node? head = null;
            while (true)
            {
                var incoming = trace.Contributions(current);
                if (incoming.Count != 1)
                {
                    head = current;
                    break;
                }

                factors.Insert(0, incoming[0]);
                current = incoming[0].Consumer;
                if (current == output)
                {
                    break;
                }
            }

            var sym = new StringBuilder();
            var num = new StringBuilder();
            if (head is not null)
            {
                sym.Append(Partial(output, head));
                num.Append(Tex(trace.Gradient(head), digits));
            }

            foreach (var f in factors)
            {
                Join(sym, Partial(f.Consumer, f.Input));
                Join(num, Tex(f.Partial, digits));
            }

            symbolic = sym.ToString();
            substituted = num.ToString();
        }
        else
        {
            symbolic = string.Join(" + ", contributions.Select(c => c.Consumer == output ? Partial(c.Consumer, c.Input) : $"{Partial(output, c.Consumer)} \\cdot {Partial(c.Consumer, c.Input)}"));
            substituted = string.Join(" + ", contributions.Select(c => c.Consumer == output ? Tex(c.Partial, digits) : $"{Tex(c.Upstream, digits)} \\times {Tex(c.Partial, digits)}"));
        }

        var gradient = trace.Gradient(node);
        var note = contributions.Count > 1
            ? $"{node.Name} feeds {string.Join(" and ", contributions.Select(c => c.Consumer.Name))}, so its gradient is the sum over {contributions.Count} paths."
            : string.Empty;
        var target = Partial(output, node);
        var valueText = Show(gradient, digits);
        return new LessonStep(
            Anchor("backward", node.Name),
            StepKind.Backward,
            node.Name,
            target,
            symbolic == target ? string.Empty : symbolic,
            substituted == valueText ? string.Empty : substituted,
            gradient,
            valueText,
            Claims(claims, Anchor("backward", node.Name)),
            note);
    }

    private static void Join(StringBuilder sb, string factor)
    {
        if (sb.Length > 0)
        {
            sb.Append(" \\times ");
        }

        sb.Append(factor);
    }

    /// <summary>A quantity in plain text, as an input's label names it: <c>net_h1</c>, <c>∂E_total/∂w5</c>, <c>w5⁺</c>.</summary>
    private static string Label(QuantityKey key, Node output) => key.Kind switch
    {
        QuantityKind.Gradient => $"∂{output.Name}/∂{key.Name}",
        QuantityKind.Update => $"{key.Name}⁺ (after the update)",
        _ => key.Name,
    };

    private static string Partial(Node of, Node by) => $"\\frac{{\\partial {of.Symbol}}}{{\\partial {by.Symbol}}}";

    private static string Dollar(string tex) => $"${tex}$";

    private static string KindNote(Node node) => node.Kind switch
    {
        NodeKind.Parameter => "parameter",
        NodeKind.Target => "target",
        _ => "input",
    };

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
    internal static LessonStep Answered(LessonStep step, string label) => step with { Answer = StepAnswer.Of(null, label, step.Value, []) };

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
