using Explainer.Graph;

namespace Explainer.Worked.Tests.Support;

/// <summary>Leaf values in double, by node name, remembering which names a model read.</summary>
internal sealed class Leaves
{
    private readonly Dictionary<string, double> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private Leaves(Dictionary<string, double> values) => _values = values;

    /// <summary>Gets the names read so far.</summary>
    public IReadOnlySet<string> Read => _read;

    /// <summary>Gets a leaf's value.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such leaf: the model and the graph disagree on names.</exception>
    public double this[string name]
    {
        get
        {
            _read.Add(name);
            return _values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"the model reads '{name}', which is not an input or parameter of the graph");
        }
    }

    /// <summary>The inputs and parameters of a graph (constants are part of the formula, not leaves to vary).</summary>
    public static Leaves Of(ComputationGraph graph)
        => new(graph.Nodes.Where(IsVariable).ToDictionary(n => n.Name, n => n.Value.ToDouble(), StringComparer.Ordinal));

    public static bool IsVariable(Node node) => node.Kind is NodeKind.Input or NodeKind.Parameter or NodeKind.Target;

    /// <summary>A copy with one leaf changed, and nothing read yet.</summary>
    public Leaves With(string name, double value)
    {
        var copy = new Dictionary<string, double>(_values, StringComparer.Ordinal);
        if (!copy.ContainsKey(name))
        {
            throw new KeyNotFoundException($"no leaf '{name}'");
        }

        copy[name] = value;
        return new Leaves(copy);
    }
}
