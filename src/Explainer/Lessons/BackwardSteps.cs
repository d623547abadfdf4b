using Explainer.Checking;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>The backward pass as steps a student can redo by hand: each local partial derived from its op's rule, then the chain rule with numbers.</summary>
/// <remarks>
/// <para>
/// Steps go from the output down, layer by layer: a node's depth is its longest distance to the output, and nodes of one
/// depth come parameters first, then other leaves, then computed nodes, each in creation order. Every consumer of a node
/// has a smaller depth, so every number a step uses was found by an earlier one.
/// </para>
/// <para>
/// In a network (<see cref="LessonSource.Deltas"/>) each neuron's net input gets its δ = ∂E/∂net, and every step is one
/// edge back from values already found: ∂E/∂w5 = δ_o1 · ∂net_o1/∂w5. The first weight of each layer also writes the
/// whole chain δ stands for. Elsewhere (expression graphs) a step writes the chain from the nearest node that feeds
/// several others, or from the output. A computed node that feeds several others first gets each path's share as a
/// number of its own, then their sum.
/// </para>
/// </remarks>
internal sealed class BackwardSteps
{
    /// <summary>The mark of a node that reaches several terms of the output.</summary>
    private const int Several = -1;

    /// <summary>The mark of a node that reaches no term of the output (or the output itself).</summary>
    private const int None = -2;

    private readonly Trace _trace;
    private readonly DisplayOptions _display;
    private readonly bool _deltas;
    private readonly HashSet<Node> _updated;
    private readonly int[] _depth;

    /// <summary>For each node, the index among the output's inputs of the one term it reaches, or <see cref="Several"/> or <see cref="None"/>.</summary>
    private readonly int[] _term;

    /// <summary>The depths of the nets whose δ a weight step has already written out in full.</summary>
    private readonly HashSet<int> _chainWritten = [];

    private bool _remarked;

    public BackwardSteps(Trace trace, DisplayOptions display, bool deltas, IEnumerable<Node> updated)
    {
        _trace = trace;
        _display = display;
        _deltas = deltas;
        _updated = [.. updated];
        var nodes = trace.Graph.Nodes;
        var output = trace.Graph.Output;
        _depth = new int[nodes.Count];
        _term = new int[nodes.Count];
        Array.Fill(_depth, -1);
        Array.Fill(_term, None);
        _depth[output.Id] = 0;
        for (var k = 0; k < output.Inputs.Count; k++)
        {
            var id = output.Inputs[k].Id;
            _term[id] = Merge(_term[id], k);
        }

        for (var id = output.Id; id >= 0; id--)
        {
            if (_depth[id] < 0)
            {
                continue;
            }

            foreach (var input in nodes[id].Inputs)
            {
                _depth[input.Id] = Math.Max(_depth[input.Id], _depth[id] + 1);
                if (id != output.Id)
                {
                    _term[input.Id] = Merge(_term[input.Id], _term[id]);
                }
            }
        }
    }

    /// <summary>The nodes below the output that get a step, in reading order.</summary>
    public IEnumerable<Node> Order()
    {
        var output = _trace.Graph.Output;
        return _trace.Graph.Nodes
            .Where(n => n != output && _depth[n.Id] > 0 && n.Kind is not (NodeKind.Constant or NodeKind.Target) && _trace.Contributions(n).Count > 0)
            .OrderBy(n => _depth[n.Id])
            .ThenBy(n => n.Kind switch { NodeKind.Parameter => 0, NodeKind.Computed => 2, _ => 1 })
            .ThenBy(n => n.Id);
    }

    /// <summary>The step of ∂E/∂<paramref name="node"/>: its local rules, its path shares, and the chain rule with numbers.</summary>
    public LessonStep Step(Node node, IReadOnlyList<ClaimCheck> claims)
    {
        var output = _trace.Graph.Output;
        var contributions = _trace.Contributions(node);
        var rules = contributions.Select(Rule).ToList();
        var gradient = Gradient(node);
        var target = IsDelta(node) ? $"{Delta(node)} = {gradient}" : gradient;
        var chain = string.Empty;
        var paths = new List<PathTerm>();
        string symbolic;
        string substituted;
        if (contributions.Count == 1)
        {
            var c = contributions[0];
            if (c.Consumer == output)
            {
                (symbolic, substituted) = (rules[0].Rule, rules[0].Substituted);
            }
            else if (_deltas)
            {
                (symbolic, substituted) = (Term(c), Numbers(c));
                if (node.Kind == NodeKind.Parameter && IsDelta(c.Consumer) && _chainWritten.Add(_depth[c.Consumer.Id]))
                {
                    chain = $"{DeltaChain(c.Consumer)} \\cdot {Partial(c.Consumer, node)}";
                }
            }
            else
            {
                (symbolic, substituted) = ChainFromHead(node);
            }
        }
        else if (node.Kind == NodeKind.Computed)
        {
            foreach (var c in contributions)
            {
                var name = PathName(node, c);
                paths.Add(new PathTerm(c.Consumer.Name, name ?? Term(c), name is null ? string.Empty : Term(c), Numbers(c), c.Contribution, _display.Text(c.Contribution)));
            }

            symbolic = string.Join(" + ", paths.Select(p => p.Target));
            substituted = string.Join(" + ", contributions.Select(c => _display.Tex(c.Contribution)));
        }
        else
        {
            symbolic = string.Join(" + ", contributions.Select(Term));
            substituted = string.Join(" + ", contributions.Select(Numbers));
        }

        var value = _trace.Gradient(node);
        var valueText = _display.Text(value);
        var note = contributions.Count > 1
            ? Message.Of("note.paths", ("name", Dollar(node.Symbol)), ("consumers", Message.Of("list.and", ("first", string.Join(", ", contributions.SkipLast(1).Select(c => Dollar(c.Consumer.Symbol)))), ("last", Dollar(contributions[^1].Consumer.Symbol)))), ("count", contributions.Count))
            : null;
        return new LessonStep(
            LessonBuilder.Anchor("backward", node.Name),
            StepKind.Backward,
            node.Name,
            target,
            symbolic == gradient || symbolic == valueText ? string.Empty : symbolic,
            substituted == valueText ? string.Empty : substituted,
            value,
            valueText,
            claims,
            note)
        {
            Rules = rules,
            Paths = paths,
            Chain = chain,
            Remark = OriginalWeights(node, contributions),
        };
    }

    /// <summary>The δ symbol of a net input: <c>\mathrm{net}_{o1}</c> gives <c>\delta_{o1}</c>, <c>z^{(1)}_{2}</c> gives <c>\delta^{(1)}_{2}</c>, a sample's <c>{…}^{[2]}</c> keeps its superscript.</summary>
    internal static string DeltaSymbol(string net)
    {
        const string Net = "\\mathrm{net}";
        if (net.StartsWith(Net, StringComparison.Ordinal) && net.Length > Net.Length && net[Net.Length] is '_' or '^')
        {
            return "\\delta" + net[Net.Length..];
        }

        if (net.Length > 1 && net[0] == 'z' && net[1] is '_' or '^')
        {
            return "\\delta" + net[1..];
        }

        if (net.StartsWith('{') && Closing(net) is var close and > 0)
        {
            return "{" + DeltaSymbol(net[1..close]) + "}" + net[(close + 1)..];
        }

        return $"\\delta_{{{net}}}";
    }

    private static int Merge(int a, int b) => a == None ? b : b == None || a == b ? a : Several;

    /// <summary>The index of the brace that closes the one at the start of <paramref name="tex"/>, or −1.</summary>
    private static int Closing(string tex)
    {
        var depth = 0;
        for (var i = 0; i < tex.Length; i++)
        {
            depth += tex[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Partial(Node of, Node by) => $"\\frac{{\\partial {of.Symbol}}}{{\\partial {by.Symbol}}}";

    private bool IsDelta(Node node) => _deltas && node.Op?.Name == "weighted_sum";

    private static string Delta(Node net) => DeltaSymbol(net.Symbol);

    private string Gradient(Node node) => Partial(_trace.Graph.Output, node);

    /// <summary>∂E/∂node as a later step writes it: its δ where it has one.</summary>
    private string Upstream(Node node) => IsDelta(node) ? Delta(node) : Gradient(node);

    private LocalRule Rule(EdgeStep edge)
        => new(edge.Consumer.Name, edge.Input.Name, Partial(edge.Consumer, edge.Input), edge.PartialFormula, edge.PartialSubstituted(_display), edge.Partial, _display.Text(edge.Partial));

    /// <summary>One edge's term of the chain rule in symbols: ∂E/∂consumer · ∂consumer/∂input (the local partial alone when the consumer is the output).</summary>
    private string Term(EdgeStep c) => c.Consumer == _trace.Graph.Output ? Partial(c.Consumer, c.Input) : $"{Upstream(c.Consumer)} \\cdot {Partial(c.Consumer, c.Input)}";

    /// <summary>The same with numbers.</summary>
    private string Numbers(EdgeStep c) => c.Consumer == _trace.Graph.Output ? _display.Tex(c.Partial) : $"{_display.Tex(c.Upstream)} \\times {_display.Tex(c.Partial)}";

    /// <summary>What a net's δ stands for, in symbols, parenthesised when it is a sum.</summary>
    private string DeltaChain(Node net)
    {
        var terms = _trace.Contributions(net).Select(Term).ToList();
        return terms.Count == 1 ? terms[0] : $"\\left({string.Join(" + ", terms)}\\right)";
    }

    /// <summary>The chain from the nearest node that feeds several others (or from the output) down to <paramref name="node"/>, every factor's number substituted.</summary>
    private (string Symbolic, string Substituted) ChainFromHead(Node node)
    {
        var output = _trace.Graph.Output;
        var factors = new List<EdgeStep>();
        var current = node;
        Node? head = null;
        while (true)
        {
            var incoming = _trace.Contributions(current);
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

        var symbols = new List<string>();
        var numbers = new List<string>();
        if (head is not null)
        {
            symbols.Add(Gradient(head));
            numbers.Add(_display.Tex(_trace.Gradient(head)));
        }

        symbols.AddRange(factors.Select(f => Partial(f.Consumer, f.Input)));
        numbers.AddRange(factors.Select(f => _display.Tex(f.Partial)));
        return (string.Join(" \\cdot ", symbols), string.Join(" \\times ", numbers));
    }

    /// <summary>The partial of the one loss term a path reaches, when the path's share is exactly that: ∂E_o1/∂out_h1 for the path of out_h1 through net_o1.</summary>
    /// <remarks>
    /// True when the output is a sum of terms with partial 1, the path's consumer reaches one term alone, the node reaches
    /// that term through this consumer only, and only once; otherwise null, and the share is written as its product.
    /// </remarks>
    private string? PathName(Node node, EdgeStep path)
    {
        var output = _trace.Graph.Output;
        var k = _term[path.Consumer.Id];
        if (k < 0)
        {
            return null;
        }

        var contributions = _trace.Contributions(node);
        var alone = contributions.All(c => c.Consumer == path.Consumer ? ReferenceEquals(c, path) : _term[c.Consumer.Id] != k && _term[c.Consumer.Id] != Several);
        var term = output.Inputs[k];
        var sum = _trace.Contributions(term) is [{ } edge] && edge.Consumer == output && edge.Partial.Equals(Real.One);
        return alone && sum ? Partial(term, node) : null;
    }

    /// <summary>The remark, made once, that the layer below uses the weights as they were before the update.</summary>
    private Message? OriginalWeights(Node node, IReadOnlyList<EdgeStep> contributions)
    {
        if (_remarked || !_deltas || node.Kind != NodeKind.Computed)
        {
            return null;
        }

        var weights = contributions
            .Where(c => IsDelta(c.Consumer))
            .SelectMany(c => WeightsOf(c.Consumer))
            .Where(_updated.Contains)
            .Distinct()
            .OrderBy(w => w.Id)
            .Select(w => w.Name)
            .ToList();
        if (weights.Count == 0)
        {
            return null;
        }

        _remarked = true;
        object list = weights.Count == 1 ? weights[0] : Message.Of("list.and", ("first", string.Join(", ", weights.SkipLast(1))), ("last", weights[^1]));
        return Message.Of("rules.original_weights", ("weights", list), ("name", node.Name));
    }

    /// <summary>The weights of a net input that multiply a computed node (a neuron of the layer below), not data.</summary>
    private static IEnumerable<Node> WeightsOf(Node net)
    {
        for (var k = 0; k + 1 < net.Inputs.Count; k += 2)
        {
            if (net.Inputs[k].Kind == NodeKind.Parameter && net.Inputs[k + 1].Kind == NodeKind.Computed)
            {
                yield return net.Inputs[k];
            }
        }
    }

    private static string Dollar(string tex) => $"${tex}$";
}
