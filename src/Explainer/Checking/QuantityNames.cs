using System.Globalization;
using System.Text;
using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Checking;

/// <summary>Resolves the names learners write for the quantities of one run to <see cref="QuantityKey"/>s, or says why a name names none.</summary>
/// <remarks>
/// <para>The spellings, white space ignored throughout:</para>
/// <list type="bullet">
/// <item>a node's name, <c>out_h1</c>, is its value; so is the notes' symbol, <c>out_{h1}</c>, <c>w_5</c>, when it names one node;
/// an output alias (<c>E</c>, <c>E_total</c>, <c>L</c>, <c>J</c>, <c>loss</c>, <c>Loss</c>) that is no node's name is the output's value;</item>
/// <item>a key <c>value:N</c>, <c>grad:N</c>, <c>partial:Y/X</c>, <c>path:Y/X</c>, <c>update:P</c> as <see cref="QuantityKey.TryParse"/> reads it;</item>
/// <item><c>dY/dX</c>, <c>∂Y/∂X</c>, <c>\frac{\partial Y}{\partial X}</c>: the gradient <c>grad:X</c> when Y is the output or an
/// output alias, otherwise the local partial <c>partial:Y/X</c>, which needs X to be an input of Y;</item>
/// <item><c>P+</c>, <c>P⁺</c>, <c>P^+</c> (the notes' <c>w_5^+</c>): the parameter after the update, <c>update:P</c>. A prime, <c>w5'</c>,
/// is refused: it reads as a derivative as often as as an updated value.</item>
/// </list>
/// <para>Every node, edge and update a key names must exist in the run. In a mini-batch, per-sample nodes carry <c>[s]</c>
/// (<c>out_h1[2]</c>) and parameters are shared (<c>w5</c>).</para>
/// <para>An instance caches what it looks up and is not safe for concurrent use. Did-you-mean suggestions stop after
/// <see cref="AnswerLimits.MaxSuggestionComparisons"/> comparisons, after which an unknown name lists the nodes instead.</para>
/// </remarks>
public sealed class QuantityNames
{
    private const int ListedNames = 6;

    private static readonly string[] OutputAliases = ["E", "E_total", "L", "J", "loss", "Loss"];
    private static readonly string[] UpdateSuffixes = ["^{+}", "^+", "⁺", "+"];
    private static readonly string[] Macros = ["\\operatorname", "\\mathrm", "\\mathit", "\\text"];

    private readonly ComputationGraph _graph;
    private readonly HashSet<string> _updated = new(StringComparer.Ordinal);
    private readonly List<string> _updatedInOrder = [];
    private readonly HashSet<(string Consumer, string Input)> _edges;
    private readonly BiasPolicy? _policy;
    private readonly string _example;
    private readonly int _samples;
    private readonly Dictionary<string, string?> _suggested = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _candidates = [];
    private Dictionary<string, string?>? _loose;
    private Dictionary<int, List<Node>>? _byLength;
    private string? _nodeList;
    private int _budget = AnswerLimits.MaxSuggestionComparisons;

    /// <summary>Prepares to resolve names of one run.</summary>
    /// <param name="trace">The run's backward trace (its graph names the nodes, its edges the local partials).</param>
    /// <param name="updates">The run's parameter updates; empty when the run takes no step.</param>
    /// <param name="policy">The network's bias policy, so that a frozen bias's update is explained; null for expression graphs or when unknown.</param>
    public QuantityNames(Trace trace, IReadOnlyList<ParameterUpdate> updates, BiasPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(updates);
        _graph = trace.Graph;
        _policy = policy;
        foreach (var update in updates)
        {
            if (_updated.Add(update.Parameter.Name))
            {
                _updatedInOrder.Add(update.Parameter.Name);
            }
        }

        _edges = [.. trace.Edges.Select(e => (e.Consumer.Name, e.Input.Name))];
        _example = _graph.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Computed)?.Name ?? _graph.Output.Name;
        _samples = _graph.Nodes.Select(n => SampleOf(n.Name)).DefaultIfEmpty(0).Max();
    }

    /// <summary>Gets a node name to show in examples: the first computed node's.</summary>
    internal string ExampleName => _example;

    /// <summary>Resolves one name against a run (see the class remarks for the spellings).</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="trace">The run's backward trace.</param>
    /// <param name="updates">The run's parameter updates.</param>
    /// <param name="policy">The network's bias policy, or null.</param>
    /// <returns>The quantity, or why there is none.</returns>
    public static QuantityResolution Resolve(string name, Trace trace, IReadOnlyList<ParameterUpdate> updates, BiasPolicy? policy = null)
        => new QuantityNames(trace, updates, policy).Resolve(name);

    /// <summary>Resolves one name (see the class remarks for the spellings).</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The quantity, or why there is none, e.g. "no quantity 'out_h3'; did you mean 'out_h1'?".</returns>
    public QuantityResolution Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var written = name.Trim();
        if (written.Length == 0)
        {
            return Fail($"the name is empty; write a node's name, e.g. {_example}");
        }

        if (written.Length > AnswerLimits.MaxNameLength)
        {
            return Fail(string.Create(CultureInfo.InvariantCulture, $"no quantity has a name of {written.Length:N0} characters; names are at most {AnswerLimits.MaxNameLength}"));
        }

        var compact = Compact(written);
        if (compact.Contains(':', StringComparison.Ordinal))
        {
            return Explicit(written, compact);
        }

        if (UpdateBase(compact) is { } parameter)
        {
            return Update(written, parameter, p => $"{p}+");
        }

        if (compact[^1] is '\'' or '′')
        {
            var stem = compact.TrimEnd('\'', '′');
            return Fail($"'{written}': a prime is ambiguous (an updated value, or a derivative); write {stem}+ for {stem} after the update, or d{_graph.Output.Name}/d{stem} for its gradient");
        }

        return compact.Contains('/', StringComparison.Ordinal) ? Derivative(written, compact) : Bare(written, compact);
    }

    private static QuantityResolution Fail(string problem) => new(null, problem);

    private static QuantityResolution Found(QuantityKey key) => new(key, null);

    private QuantityResolution Bare(string written, string compact)
    {
        if (Find(compact) is { } node)
        {
            return Found(QuantityKey.Value(node.Name));
        }

        return IsOutputAlias(compact)
            ? Found(QuantityKey.Value(_graph.Output.Name))
            : Fail(Unknown(written, compact, s => s));
    }

    private QuantityResolution Explicit(string written, string compact)
    {
        if (!QuantityKey.TryParse(compact, out var key, out var error))
        {
            return Fail($"'{written}' is not a quantity: {error.Message}");
        }

        var kind = QuantityKey.KindName(key.Kind);
        if (key.Kind == QuantityKind.Update)
        {
            return Update(written, key.Name, p => $"update:{p}");
        }

        if (!key.IsEdge)
        {
            return Find(key.Name) is { } node
                ? Found(key.Kind == QuantityKind.Value ? QuantityKey.Value(node.Name) : QuantityKey.Gradient(node.Name))
                : Fail(Unknown(written, key.Name, s => $"{kind}:{s}"));
        }

        var consumer = Find(key.Name);
        if (consumer is null)
        {
            return Fail(Unknown(written, key.Name, s => $"{kind}:{s}/{key.Input}"));
        }

        var input = Find(key.Input!);
        if (input is null)
        {
            return Fail(Unknown(written, key.Input!, s => $"{kind}:{consumer.Name}/{s}"));
        }

        return _edges.Contains((consumer.Name, input.Name))
            ? Found(key.Kind == QuantityKind.Partial ? QuantityKey.Partial(consumer.Name, input.Name) : QuantityKey.Path(consumer.Name, input.Name))
            : Fail($"no quantity '{written}': {NotAnInput(consumer, input)}");
    }

    private QuantityResolution Derivative(string written, string compact)
    {
        var slash = compact.IndexOf('/', StringComparison.Ordinal);
        var top = compact[..slash];
        var bottom = compact[(slash + 1)..];
        var output = _graph.Output.Name;
        if (!IsDifferential(top) || !IsDifferential(bottom))
        {
            return Fail($"'{written}' is no quantity: write dY/dX (or ∂Y/∂X) for a derivative, e.g. d{output}/d{_example}, or a key such as partial:Y/X");
        }

        var y = Unwrap(top[1..]);
        var x = Unwrap(bottom[1..]);
        var yNode = Find(y);
        var isOutput = yNode == _graph.Output || (yNode is null && IsOutputAlias(y));
        if (yNode is null && !isOutput)
        {
            return Fail(Unknown(written, y, s => Replace(written, compact, y, s)));
        }

        var xNode = Find(x);
        if (xNode is null)
        {
            return Fail(Unknown(written, x, s => Replace(written, compact, x, s)));
        }

        if (isOutput)
        {
            return Found(QuantityKey.Gradient(xNode.Name));
        }

        return _edges.Contains((yNode!.Name, xNode.Name))
            ? Found(QuantityKey.Partial(yNode.Name, xNode.Name))
            : Fail($"no quantity '{written}': {NotAnInput(yNode, xNode)}");
    }

    private QuantityResolution Update(string written, string parameter, Func<string, string> rewrite)
    {
        var node = Find(parameter);
        if (node is null)
        {
            return Fail(Unknown(written, parameter, rewrite));
        }

        if (_updated.Contains(node.Name))
        {
            return Found(QuantityKey.Update(node.Name));
        }

        var name = node.Name;
        if (_updated.Count == 0)
        {
            return Fail($"no quantity '{written}': this run takes no update step (it has no learning rate), so {name} is never updated");
        }

        var updated = Listed(_updatedInOrder);
        if (node.Kind != NodeKind.Parameter)
        {
            return Fail($"no quantity '{written}': {name} is {KindPhrase(node.Kind)}, not a parameter, and only parameters are updated: {updated}");
        }

        return Fail(_policy is { } policy
            ? $"no quantity '{written}': {name} is not updated under the bias policy {BiasPolicies.Name(policy)}; the updated parameters are {updated}"
            : $"no quantity '{written}': {name} is not updated in this run; the updated parameters are {updated}");
    }

    private string NotAnInput(Node consumer, Node input)
    {
        var output = _graph.Output.Name;
        if (consumer.Inputs.Count == 0)
        {
            return $"{consumer.Name} is {KindPhrase(consumer.Kind)} and has no inputs, so d{consumer.Name}/d{input.Name} is no local partial; the output's gradient is d{output}/d{input.Name}";
        }

        var inputs = Listed([.. consumer.Inputs.Select(i => i.Name).Distinct(StringComparer.Ordinal)]);
        return $"{input.Name} is not an input of {consumer.Name}, whose inputs are {inputs}; a local partial is d{consumer.Name}/dINPUT, and the output's gradient d{output}/d{input.Name}";
    }

    private static string KindPhrase(NodeKind kind) => kind switch
    {
        NodeKind.Input => "an input",
        NodeKind.Parameter => "a parameter",
        NodeKind.Target => "a target",
        NodeKind.Constant => "a constant",
        _ => "computed",
    };

    /// <summary>Why <paramref name="part"/> of <paramref name="written"/> names no node, with the likeliest fix written the learner's way.</summary>
    private string Unknown(string written, string part, Func<string, string> rewrite)
    {
        var head = $"no quantity '{written}'";
        if (_graph.Find(part + "[1]") is not null)
        {
            var samples = 1;
            while (samples < _samples && _graph.Find(string.Create(CultureInfo.InvariantCulture, $"{part}[{samples + 1}]")) is not null)
            {
                samples++;
            }

            return string.Create(CultureInfo.InvariantCulture, $"{head}: {part} is computed once per sample here; write {rewrite(part + "[1]")} … {rewrite($"{part}[{samples}]")}");
        }

        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0 && part.EndsWith(']') && _graph.Find(part[..bracket]) is { } shared)
        {
            return $"{head}: {shared.Name} is shared by every sample; write {rewrite(shared.Name)}, without {part[bracket..]}";
        }

        var closest = Closest(part);
        return closest is not null
            ? $"{head}; did you mean '{rewrite(closest)}'?"
            : $"{head}: no node is named {part}; the nodes are {_nodeList ??= Listed([.. _graph.Nodes.Select(n => n.Name)])}";
    }

    /// <summary>The node name closest to <paramref name="part"/>, while the comparisons stay within <see cref="AnswerLimits.MaxSuggestionComparisons"/> for this run.</summary>
    private string? Closest(string part)
    {
        if (_suggested.TryGetValue(part, out var known))
        {
            return known;
        }

        var candidates = Candidates(part.Length);
        if (candidates.Count > _budget)
        {
            return null;
        }

        _budget -= candidates.Count;
        var closest = Suggestions.Closest(part, candidates);
        _suggested[part] = closest;
        return closest;
    }

    /// <summary>The node names within two letters of <paramref name="length"/> in node order (a closer name differs in length by at most two), one list per length.</summary>
    private List<string> Candidates(int length)
    {
        _byLength ??= _graph.Nodes.GroupBy(n => n.Name.Length).ToDictionary(g => g.Key, g => g.ToList());
        if (_candidates.TryGetValue(length, out var known))
        {
            return known;
        }

        var found = new List<Node>();
        for (var l = length - 2; l <= length + 2; l++)
        {
            if (_byLength.TryGetValue(l, out var nodes))
            {
                found.AddRange(nodes);
            }
        }

        found.Sort((x, y) => x.Id.CompareTo(y.Id));
        var names = found.ConvertAll(n => n.Name);
        _candidates[length] = names;
        return names;
    }

    private static string Listed(List<string> names)
        => names.Count <= ListedNames + 2
            ? string.Join(", ", names)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", names.Take(ListedNames))}, …, {names[^1]} ({names.Count:N0} in all)");

    /// <summary>Finds a node by its exact name, or else by its name or symbol with braces, underscores, carets and \mathrm removed when that names one node.</summary>
    private Node? Find(string name)
    {
        if (_graph.Find(name) is { } exact)
        {
            return exact;
        }

        if (_loose is null)
        {
            _loose = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var node in _graph.Nodes)
            {
                foreach (var form in new[] { Loose(node.Name), Loose(node.Symbol) }.Distinct(StringComparer.Ordinal))
                {
                    _loose[form] = _loose.TryGetValue(form, out var other) && other != node.Name ? null : node.Name;
                }
            }
        }

        return _loose.TryGetValue(Loose(name), out var found) && found is not null ? _graph[found] : null;
    }

    private bool IsOutputAlias(string name)
    {
        var loose = Loose(name);
        return OutputAliases.Any(a => Loose(a) == loose) && _graph.Find(name) is null;
    }

    private static string Loose(string text)
    {
        foreach (var macro in Macros)
        {
            text = text.Replace(macro, string.Empty, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('{' or '}' or '_' or '^' or '\\') && !char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The sample number s of a per-sample name <c>out_h1[s]</c>; 0 for other names.</summary>
    private static int SampleOf(string name)
    {
        var open = name.LastIndexOf('[');
        return open > 0 && name[^1] == ']' && int.TryParse(name.AsSpan(open + 1, name.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
    }

    private static bool IsDifferential(string part) => part.Length > 1 && part[0] is 'd' or '∂';

    private static string Unwrap(string part) => part.Length > 2 && part[0] == '(' && part[^1] == ')' ? part[1..^1] : part;

    private static string? UpdateBase(string compact)
    {
        foreach (var suffix in UpdateSuffixes)
        {
            if (compact.Length > suffix.Length && compact.EndsWith(suffix, StringComparison.Ordinal))
            {
                return compact[..^suffix.Length];
            }
        }

        return null;
    }

    /// <summary>The learner's text with one name replaced by another, for a did-you-mean.</summary>
    private static string Replace(string written, string compact, string part, string replacement)
    {
        var source = written.Contains(part, StringComparison.Ordinal) ? written : compact;
        var at = source.LastIndexOf(part, StringComparison.Ordinal);
        return at < 0 ? replacement : string.Concat(source.AsSpan(0, at), replacement, source.AsSpan(at + part.Length));
    }

    /// <summary>The name without white space, with LaTeX's \partial as ∂ and \frac{A}{B} as A/B.</summary>
    private static string Compact(string written)
    {
        var text = string.Concat(written.Where(c => !char.IsWhiteSpace(c))).Replace("\\partial", "∂", StringComparison.Ordinal);
        foreach (var frac in new[] { "\\frac", "\\dfrac", "\\tfrac" })
        {
            if (text.StartsWith(frac + "{", StringComparison.Ordinal)
                && Group(text, frac.Length) is { } top
                && Group(text, top.End) is { } bottom
                && bottom.End == text.Length)
            {
                return top.Content + "/" + bottom.Content;
            }
        }

        return text;
    }

    /// <summary>The braced group that opens at <paramref name="start"/>: its content and the index just past its closing brace.</summary>
    private static (string Content, int End)? Group(string text, int start)
    {
        if (start >= text.Length || text[start] != '{')
        {
            return null;
        }

        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return (text[(start + 1)..i], i + 1);
            }
        }

        return null;
    }
}
