using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Checking;
using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Specs;

/// <summary>The parts of a spec read the same in both kinds: numbers as written, and the claims, names and errata checked against the built graph.</summary>
/// <param name="diagnostics">Where problems go.</param>
internal sealed partial class SpecGraphChecks(SpecDiagnostics diagnostics)
{
    [GeneratedRegex(@"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(\s*/\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)?\s*$")]
    internal static partial Regex NumberPattern();

    [GeneratedRegex(@"^((value|grad|update):[A-Za-z_][A-Za-z0-9_]*(\[[1-9][0-9]*\])?|partial:[A-Za-z_][A-Za-z0-9_]*(\[[1-9][0-9]*\])?/[A-Za-z_][A-Za-z0-9_]*(\[[1-9][0-9]*\])?)$")]
    internal static partial Regex QuantityPattern();

    /// <summary>A scalar's text, or null for a missing, null or non-scalar node.</summary>
    public static string? Text(SpecNode? node) => node is { IsScalar: true } && !node.IsNull ? node.Text : null;

    /// <summary>Reads a number from the text as written; null, and a diagnostic unless the schema already refused the form, when it is not one.</summary>
    public Real? Number(SpecNode? node, string what)
    {
        if (node is not { IsScalar: true } || node.IsNull || !NumberPattern().IsMatch(node.Text))
        {
            return null;
        }

        if (Real.TryParse(node.Text, out var value, out var error))
        {
            return value;
        }

        diagnostics.Add(node, $"{what}: {error?.TrimEnd('.')}");
        return null;
    }

    /// <summary>Reads <c>names</c>: TeX symbols keyed by node names, each of which must name a node of <paramref name="graph"/> (in a mini-batch, <c>out_h1</c> names every sample's <c>out_h1[s]</c>).</summary>
    public Dictionary<string, string> Names(SpecNode? node, ComputationGraph graph)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not { Kind: SpecNodeKind.Mapping })
        {
            return names;
        }

        var known = graph.Nodes.Select(n => n.Name).ToList();
        foreach (var (key, value) in node.Entries)
        {
            if (graph.Find(key.Text) is null && graph.Find(key.Text + "[1]") is null)
            {
                AddUnlessReported(key, UnknownNode("names", key.Text, known));
                continue;
            }

            if (Text(value) is { } text)
            {
                names[key.Text] = text;
            }
        }

        return names;
    }

    /// <summary>Reads <c>claims</c>, each quantity checked against <paramref name="graph"/> and, for updates, <paramref name="trainable"/>.</summary>
    public List<SpecClaim> Claims(SpecNode? node, ComputationGraph graph, IReadOnlyCollection<Node> trainable)
    {
        var claims = new List<SpecClaim>();
        if (node is not { Kind: SpecNodeKind.Sequence })
        {
            return claims;
        }

        if (node.Items.Count > SpecLimits.MaxClaims)
        {
            diagnostics.Add(node, string.Create(CultureInfo.InvariantCulture, $"claims: {node.Items.Count} claims; the limit is {SpecLimits.MaxClaims}"));
            return claims;
        }

        var known = graph.Nodes.Select(n => n.Name).ToList();
        foreach (var claim in node.Items)
        {
            var printed = claim.Get("printed");
            var source = claim.Get("source");
            var quantity = claim.Get("quantity");
            if (printed is not { IsScalar: true } || quantity is not { IsScalar: true } || Citation(source) is not var (file, line))
            {
                continue;
            }

            if (!QuantityPattern().IsMatch(quantity.Text) || !CheckQuantity(quantity, graph, trainable, known))
            {
                continue;
            }

            claims.Add(new SpecClaim(printed.Text, file, line, quantity.Text, Text(claim.Get("label"))));
        }

        return claims;
    }

    /// <summary>Reads <c>remarks</c>: the author's words on a step, keyed by its quantity (<c>grad:w1</c>), each naming a node of <paramref name="graph"/>.</summary>
    public Dictionary<string, string> Remarks(SpecNode? node, ComputationGraph graph)
    {
        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not { Kind: SpecNodeKind.Mapping })
        {
            return remarks;
        }

        var known = graph.Nodes.Select(n => n.Name).ToList();
        foreach (var (key, value) in node.Entries)
        {
            var name = key.Text[(key.Text.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (!known.Contains(name))
            {
                diagnostics.Add(key, $"remarks: '{key.Text}' names no node of the graph");
            }
            else if (Text(value) is { } text)
            {
                remarks[key.Text] = text;
            }
        }

        return remarks;
    }

    /// <summary>Reads <c>show</c>: whether the lesson also shows the gradients of the fixed inputs (<c>input-gradients</c>).</summary>
    public static bool ShowsInputGradients(SpecNode? node)
        => node is { Kind: SpecNodeKind.Sequence } && node.Items.Any(i => Text(i) == "input-gradients");

    /// <summary>Reads <c>errata</c>: slips in the author's material that are not numbers.</summary>
    public static List<Erratum> Errata(SpecNode? node)
    {
        var errata = new List<Erratum>();
        if (node is not { Kind: SpecNodeKind.Sequence })
        {
            return errata;
        }

        foreach (var item in node.Items)
        {
            if (Citation(item.Get("source")) is var (file, line)
                && Text(item.Get("printed")) is { } printed && Text(item.Get("corrected")) is { } corrected && Text(item.Get("kind")) is { } kind)
            {
                errata.Add(new Erratum(file, line, printed, corrected, kind));
            }
        }

        return errata;
    }

    /// <summary>The message for a name that is not a node, with the closest node name or the first few.</summary>
    public static string UnknownNode(string where, string name, IReadOnlyList<string> known)
    {
        var suggestion = Suggestions.Closest(name, known);
        return suggestion is not null
            ? $"{where}: no node '{name}'; did you mean '{suggestion}'?"
            : $"{where}: no node '{name}'; the nodes are {string.Join(", ", known.Take(12))}{(known.Count > 12 ? ", …" : string.Empty)}";
    }

    private void AddUnlessReported(SpecNode node, string message)
    {
        if (!diagnostics.HasAt(node.Span.Start))
        {
            diagnostics.Add(node, message);
        }
    }

    /// <summary>A <c>file:line</c> citation split, or null when it is not one (the schema said so).</summary>
    private static (string File, int Line)? Citation(SpecNode? source)
    {
        if (source is not { IsScalar: true })
        {
            return null;
        }

        var colon = source.Text.LastIndexOf(':');
        return colon > 0 && int.TryParse(source.Text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0
            ? (source.Text[..colon], line)
            : null;
    }

    private bool CheckQuantity(SpecNode quantity, ComputationGraph graph, IReadOnlyCollection<Node> trainable, List<string> known)
    {
        var colon = quantity.Text.IndexOf(':', StringComparison.Ordinal);
        var kind = quantity.Text[..colon];
        var rest = quantity.Text[(colon + 1)..];
        var where = $"claim quantity '{quantity.Text}'";
        if (kind == "partial")
        {
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var (of, by) = (rest[..slash], rest[(slash + 1)..]);
            var ofNode = graph.Find(of);
            if (ofNode is null)
            {
                diagnostics.Add(quantity, UnknownNode(where, of, known));
                return false;
            }

            if (!ofNode.Inputs.Any(i => i.Name == by))
            {
                var inputs = ofNode.Inputs.Select(i => i.Name).Distinct().ToList();
                var suggestion = Suggestions.Closest(by, inputs);
                diagnostics.Add(quantity, inputs.Count == 0
                    ? $"{where}: {of} has no inputs"
                    : $"{where}: '{by}' is not an input of {of}" + (suggestion is not null ? $"; did you mean '{suggestion}'?" : $"; its inputs are {string.Join(", ", inputs)}"));
                return false;
            }

            return true;
        }

        var target = graph.Find(rest);
        if (target is null)
        {
            diagnostics.Add(quantity, UnknownNode(where, rest, kind == "update" ? [.. trainable.Select(p => p.Name)] : known));
            return false;
        }

        if (kind == "update" && !trainable.Contains(target))
        {
            diagnostics.Add(quantity, trainable.Count == 0
                ? $"{where}: nothing is updated here (an expression updates its parameters only when it gives a rate)"
                : $"{where}: {rest} is not updated (the trainable parameters are {string.Join(", ", trainable.Select(p => p.Name))})");
            return false;
        }

        return true;
    }
}
