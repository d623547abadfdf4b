using System.Globalization;
using System.Text;

namespace Explainer.Rendering.Diagrams;

/// <summary>Gives every node and edge a unique id a page can link to: <c>node-{name}</c> and <c>edge-{input}-{consumer}</c>.</summary>
/// <remarks>
/// Names keep ASCII letters, digits, <c>_</c> and <c>-</c>; anything else becomes <c>_</c>. An input used twice by
/// one consumer gets its slot appended (<c>edge-x-t2-0</c>, <c>edge-x-t2-1</c>); any id that would still repeat gets the
/// node id or edge index appended, in creation order, so the ids are the same on every run.
/// </remarks>
internal sealed class SvgIds
{
    private SvgIds(string[] nodes, string[] edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>Gets the id of each node, by node id.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>Gets the id of each edge, by edge index.</summary>
    public IReadOnlyList<string> Edges { get; }

    /// <summary>Assigns the ids, each starting with <paramref name="prefix"/>.</summary>
    public static SvgIds Assign(IReadOnlyList<Explainer.Graph.Node> nodes, IReadOnlyList<DiagramEdge> edges, string prefix)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var nodeIds = new string[nodes.Count];
        foreach (var node in nodes)
        {
            nodeIds[node.Id] = Unique(used, $"{prefix}node-{Safe(node.Name)}", node.Id);
        }

        var pairs = new Dictionary<(int, int), int>();
        foreach (var e in edges)
        {
            pairs[(e.Input.Id, e.Consumer.Id)] = pairs.GetValueOrDefault((e.Input.Id, e.Consumer.Id)) + 1;
        }

        var edgeIds = new string[edges.Count];
        foreach (var e in edges)
        {
            var id = $"{prefix}edge-{Safe(e.Input.Name)}-{Safe(e.Consumer.Name)}";
            if (pairs[(e.Input.Id, e.Consumer.Id)] > 1)
            {
                id += "-" + e.Slot.ToString(CultureInfo.InvariantCulture);
            }

            edgeIds[e.Index] = Unique(used, id, e.Index);
        }

        return new SvgIds(nodeIds, edgeIds);
    }

    /// <summary>Replaces every character an id should not carry with <c>_</c>.</summary>
    public static string Safe(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return sb.ToString();
    }

    private static string Unique(HashSet<string> used, string id, int number)
    {
        var candidate = id;
        while (!used.Add(candidate))
        {
            candidate = $"{candidate}-{number.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}
