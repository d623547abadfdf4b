using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>Builds a computation graph node by node, computing each value as it is added (forward pass in creation order).</summary>
public sealed class GraphBuilder
{
    private readonly List<Node> _nodes;
    private Dictionary<string, Node> _byName;

    /// <summary>Whether the last built graph owns <see cref="_byName"/>: the next node added copies it first.</summary>
    private bool _namesShared;

    /// <summary>Creates an empty builder.</summary>
    public GraphBuilder()
        : this(0)
    {
    }

    /// <summary>Creates an empty builder with room for <paramref name="capacity"/> nodes before it grows.</summary>
    public GraphBuilder(int capacity)
    {
        _nodes = new List<Node>(capacity);
        _byName = new Dictionary<string, Node>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Gets the nodes added so far.</summary>
    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>Adds a data input.</summary>
    public Node Input(string name, string symbol, Real value) => AddLeaf(name, symbol, NodeKind.Input, value);

    /// <summary>Adds a target (label) value.</summary>
    public Node Target(string name, string symbol, Real value) => AddLeaf(name, symbol, NodeKind.Target, value);

    /// <summary>Adds a trainable parameter.</summary>
    public Node Parameter(string name, string symbol, Real value) => AddLeaf(name, symbol, NodeKind.Parameter, value);

    /// <summary>Adds a constant; its symbol is its exact value.</summary>
    public Node Constant(Real value, string? name = null)
    {
        var symbol = value.IsExact ? value.ToString() : value.Format(8).Text;
        return AddLeaf(name ?? $"c{_nodes.Count}", symbol, NodeKind.Constant, value);
    }

    /// <summary>Adds a computed node; a null name gets a generic one (<c>t7</c>).</summary>
    /// <exception cref="ArgumentException">The op's arity does not fit, or the name is taken.</exception>
    public Node Apply(Op op, IReadOnlyList<Node> inputs, string? name = null, string? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ApplyOwned(op, inputs.ToArray(), name, symbol);
    }

    /// <summary>As <see cref="Apply"/>, the node keeping <paramref name="inputs"/> as its own: the caller made the array for it and never writes it again.</summary>
    internal Node ApplyOwned(Op op, Node[] inputs, string? name = null, string? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(inputs);
        op.Validate(inputs.Length);
        var values = new NodeValues(inputs);
        var id = _nodes.Count;
        name ??= string.Create(CultureInfo.InvariantCulture, $"t{id}");
        var node = new Node(id, name, symbol ?? $"t_{{{id}}}", NodeKind.Computed, op, inputs, op.Forward(values));
        return Register(node);
    }

    /// <summary>Finishes the graph with <paramref name="output"/> as the node to differentiate.</summary>
    /// <remarks>The graph takes the builder's name table rather than a copy (a network's is its largest structure after its values); a builder that goes on adding nodes copies it then.</remarks>
    public ComputationGraph Build(Node output)
    {
        _namesShared = true;
        return new(_nodes.ToArray(), output, _byName);
    }

    private Node AddLeaf(string name, string symbol, NodeKind kind, Real value)
        => Register(new Node(_nodes.Count, name, symbol, kind, null, [], value));

    private Node Register(Node node)
    {
        if (_namesShared)
        {
            _byName = new Dictionary<string, Node>(_byName, StringComparer.Ordinal);
            _namesShared = false;
        }

        if (!_byName.TryAdd(node.Name, node))
        {
            throw new ArgumentException($"the graph already has a node named '{node.Name}'");
        }

        _nodes.Add(node);
        return node;
    }
}
