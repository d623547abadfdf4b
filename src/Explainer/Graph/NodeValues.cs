using System.Collections;
using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>The values of a node's inputs, read through the nodes: what an op's forward rule is given when a node is added, instead of a copy.</summary>
/// <remarks>Node values never change, so the view is as good as a copy; a weighted sum of 32 inputs copied 65 values (2.6 KB) per node and sample.</remarks>
internal sealed class NodeValues(Node[] nodes) : IReadOnlyList<Real>
{
    public int Count => nodes.Length;

    public Real this[int index] => nodes[index].Value;

    public IEnumerator<Real> GetEnumerator()
    {
        foreach (var node in nodes)
        {
            yield return node.Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
