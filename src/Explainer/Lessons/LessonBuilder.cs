using System.Text;
using Explainer.Checking;
using Explainer.Graph;
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
    public static Lesson Build(LessonSource source, int digits)
    {
        ArgumentNullException.ThrowIfNull(source);
        var trace = source.Trace;
        var graph = trace.Graph;
        var output = graph.Output;
        var claims = source.Checks.ToLookup(c => AnchorOf(c.Claim.Quantity));
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
                var anchor = Anchor("given", node.Name);
                given.Add(new LessonStep(anchor, StepKind.Given, node.Name, node.Symbol, string.Empty, string.Empty, node.Value, Show(node.Value, digits), Claims(claims, Anchor("forward", node.Name)), KindNote(node)));
                continue;
            }

            var isLoss = node == output || LossOps.Contains(node.Op.Name);
            var substituted = node.Op.Formula(node.Inputs.Select(i => Tex(i.Value, digits)).ToList());
            var step = new LessonStep(Anchor("forward", node.Name), isLoss ? StepKind.Loss : StepKind.Forward, node.Name, node.Symbol, node.Formula, substituted, node.Value, Show(node.Value, digits), Claims(claims, Anchor("forward", node.Name)), string.Empty);
            (isLoss ? loss : forward).Add(step);
        }

        var backward = new List<LessonStep>
        {
            new(Anchor("backward", output.Name), StepKind.Backward, output.Name, Partial(output, output), string.Empty, string.Empty, Real.One, "1", Claims(claims, Anchor("backward", output.Name)), "The gradient of the output with respect to itself starts the backward pass."),
        };
        for (var id = output.Id - 1; id >= 0; id--)
        {
            var node = graph.Nodes[id];
            if (node.Kind is NodeKind.Constant or NodeKind.Target || trace.Contributions(node).Count == 0)
            {
                continue;
            }

            backward.Add(BackwardStep(trace, node, digits, claims));
        }

        var updates = new List<LessonStep>();
        var summary = new List<SummaryRow>();
        foreach (var p in source.Parameters)
        {
            var update = source.Updates.FirstOrDefault(u => u.Parameter == p);
            var gradient = trace.Gradient(p);
            var target = $"{p.Symbol}^{{+}}";
            if (update is null)
            {
                var would = source.LearningRate is { } rate ? $"; with its gradient {Show(gradient, digits)} it would move to {Show(p.Value - (rate * gradient), digits)}" : string.Empty;
                updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, p.Symbol, Tex(p.Value, digits), p.Value, Show(p.Value, digits), Claims(claims, Anchor("update", p.Name)),
                    $"{p.Name} is not updated under this bias policy{would}."));
                summary.Add(new SummaryRow(p.Name, p.Symbol, p.Value, gradient, p.Value, false));
                continue;
            }

            var symbolic = $"{p.Symbol} - \\eta \\, {Partial(output, p)}";
            var substituted = $"{Tex(update.Old, digits)} - {Tex(update.LearningRate, digits)} \\times {Tex(update.Gradient, digits)}";
            updates.Add(new LessonStep(Anchor("update", p.Name), StepKind.Update, p.Name, target, symbolic, substituted, update.New, Show(update.New, digits), Claims(claims, Anchor("update", p.Name)), string.Empty));
            summary.Add(new SummaryRow(p.Name, p.Symbol, update.Old, update.Gradient, update.New, true));
        }

        var sections = new List<Section>
        {
            new("setup", "Setup", "The values the example starts from.", given),
            new("forward", "Forward pass", "Each node's value from the values before it: the formula, the same with numbers, the result.", forward),
        };
        if (loss.Count > 0)
        {
            sections.Add(new Section("loss", "The loss", $"How far the output is from the target, ending in {Dollar(output.Symbol)}.", loss));
        }

        sections.Add(new Section("backward", "Backward pass", $"Every gradient of {Dollar(output.Symbol)}, from the output back to the inputs: the chain rule with each factor's number, and where a node feeds several others, the sum over its paths.", backward));
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
