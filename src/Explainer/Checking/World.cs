using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Checking;

/// <summary>
/// The run's quantities recomputed from a learner's answers: where the learner gave a value, it is used; everything
/// else is computed from it by the trace's own formulas (each op's forward and local partial, the sum over paths,
/// the update rule). With <see cref="WorldRules"/>, the same recomputation makes one of the catalogued mistakes.
/// </summary>
internal sealed class World
{
    private readonly Trace _trace;
    private readonly IReadOnlyDictionary<QuantityKey, Real> _given;
    private readonly IReadOnlyDictionary<Node, ParameterUpdate> _updates;
    private readonly Real? _rate;
    private readonly Dictionary<QuantityKey, (Real Value, HashSet<QuantityKey> Reached)> _memo = [];

    public World(Trace trace, IReadOnlyDictionary<QuantityKey, Real> given, IReadOnlyDictionary<Node, ParameterUpdate> updates, Real? rate, WorldRules? rules = null)
    {
        _trace = trace;
        _given = given;
        _updates = updates;
        _rate = rate;
        Rules = rules ?? WorldRules.None;
    }

    /// <summary>Gets the rules that make this world's mistake (none: the learner's own world).</summary>
    public WorldRules Rules { get; }

    public Trace Trace => _trace;

    /// <summary>Gets the weight's value after the update step, or null when it is not updated.</summary>
    public Real? Updated(Node parameter) => _updates.TryGetValue(parameter, out var u) ? u.New : null;

    /// <summary>The quantity as the learner has it: their own answer where they gave one, else computed.</summary>
    public Real Evaluate(QuantityKey key) => Evaluate(key, null);

    /// <summary>The quantity computed from its dependencies (the learner's answers or computed), never from its own answer.</summary>
    /// <param name="key">The quantity.</param>
    /// <param name="reached">Collects the learner's answers the computation used.</param>
    public Real Formula(QuantityKey key, HashSet<QuantityKey>? reached = null)
    {
        if (!_memo.TryGetValue(key, out var known))
        {
            var own = new HashSet<QuantityKey>();
            var value = Compute(key, own);
            if (Rules.RoundTo is { } digits && !value.IsZero && key.Kind != QuantityKind.Update && !IsLeafValue(key))
            {
                value = Real.Parse(value.Format(digits).Text);
            }

            known = (value, own);
            _memo[key] = known;
        }

        reached?.UnionWith(known.Reached);
        return known.Value;
    }

    public Real Value(Node node, HashSet<QuantityKey>? reached = null) => Evaluate(QuantityKey.Value(node.Name), reached);

    private Real Evaluate(QuantityKey key, HashSet<QuantityKey>? reached)
    {
        if (_given.TryGetValue(key, out var given))
        {
            reached?.Add(key);
            return given;
        }

        return Formula(key, reached);
    }

    private bool IsLeafValue(QuantityKey key) => key.Kind == QuantityKind.Value && _trace.Graph[key.Name].Op is null;

    private Real Compute(QuantityKey key, HashSet<QuantityKey> reached)
    {
        var graph = _trace.Graph;
        switch (key.Kind)
        {
            case QuantityKind.Value:
                var node = graph[key.Name];
                if (node.Op is null)
                {
                    return node.Value;
                }

                return Rules.Forward?.Invoke(this, node, reached) ?? node.Op.Forward([.. node.Inputs.Select(i => Value(i, reached))]);
            case QuantityKind.Partial:
                return PartialOf(_trace.Edge(key.Name, key.Input!), reached, ownAnswer: false);
            case QuantityKind.Path:
                var edge = _trace.Edge(key.Name, key.Input!);
                return Evaluate(QuantityKey.Gradient(edge.Consumer.Name), reached) * PartialOf(edge, reached);
            case QuantityKind.Gradient:
                var of = graph[key.Name];
                if (ReferenceEquals(of, graph.Output))
                {
                    return Real.One;
                }

                var paths = _trace.Contributions(of);
                paths = Rules.Paths?.Invoke(of, paths) ?? paths;
                var sum = Real.Zero;
                foreach (var e in paths)
                {
                    sum += PathOf(e, reached);
                }

                return sum;
            case QuantityKind.Update:
                var parameter = graph[key.Name];
                var old = Value(parameter, reached);
                if (!_updates.ContainsKey(parameter) || _rate is not { } rate)
                {
                    return Rules.Update?.Invoke(this, parameter, old, null, reached) ?? old;
                }

                var gradient = Evaluate(QuantityKey.Gradient(parameter.Name), reached);
                return Rules.Update?.Invoke(this, parameter, old, rate, reached) ?? old - (rate * gradient);
            default:
                throw new ArgumentOutOfRangeException(nameof(key), key, "not a quantity kind");
        }
    }

    /// <summary>A local partial: the learner's own where they gave it (unless the consumer uses the input twice, or <paramref name="ownAnswer"/> is false), else computed.</summary>
    public Real PartialOf(EdgeStep edge, HashSet<QuantityKey> reached, bool ownAnswer = true)
    {
        var key = QuantityKey.Partial(edge.Consumer.Name, edge.Input.Name);
        if (ownAnswer && !Doubled(edge) && _given.TryGetValue(key, out var given))
        {
            reached.Add(key);
            return given;
        }

        var inputs = edge.Consumer.Inputs.Select(i => Value(i, reached)).ToList();
        var output = Value(edge.Consumer, reached);
        return Rules.Partial?.Invoke(this, edge, inputs, output, reached) ?? edge.Consumer.Op!.LocalPartial(edge.Index, inputs, output);
    }

    private Real PathOf(EdgeStep edge, HashSet<QuantityKey> reached)
    {
        var key = QuantityKey.Path(edge.Consumer.Name, edge.Input.Name);
        if (!Doubled(edge) && _given.TryGetValue(key, out var given))
        {
            reached.Add(key);
            return given;
        }

        return Evaluate(QuantityKey.Gradient(edge.Consumer.Name), reached) * PartialOf(edge, reached);
    }

    private static bool Doubled(EdgeStep edge) => edge.Consumer.Inputs.Count(i => ReferenceEquals(i, edge.Input)) > 1;
}
