using System.Globalization;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Rendering.Diagrams;

/// <summary>Every string a diagram shows, formatted once: node names and values, edge labels and tooltips.</summary>
/// <remarks>Numbers come from <see cref="Real.Format(int)"/>, so every digit shown is proven; a leading minus is drawn as U+2212.</remarks>
internal sealed class DrawnText
{
    private readonly ComputationGraph _graph;
    private readonly Trace? _trace;
    private readonly EdgeStep?[] _steps;
    private readonly int _digits;

    public DrawnText(ComputationGraph graph, Trace? trace, EdgeStep?[] steps, int digits)
    {
        _graph = graph;
        _trace = trace;
        _steps = steps;
        _digits = digits;
        Names = graph.Nodes.Select(n => SymbolText.Runs(n.Kind == NodeKind.Constant ? Minus(n.Symbol) : n.Symbol)).ToArray();
        Values = graph.Nodes.Select(n => Number(n.Value)).ToArray();
        Labels = steps.Select(s => s is null || s.Input.Kind is NodeKind.Constant or NodeKind.Target ? null : Number(s.Contribution)).ToArray();
    }

    /// <summary>Gets each node's symbol as runs, by node id.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Names { get; }

    /// <summary>Gets each node's value as shown, by node id.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Gets each edge's label (its contribution) by edge index, or null without a trace and on the edges of constants and targets.</summary>
    public IReadOnlyList<string?> Labels { get; }

    /// <summary>Gets the tooltip of a node: its value, how it is computed, and its gradient.</summary>
    public string NodeTitle(Node node)
    {
        var what = node.Op is null
            ? $"{node.Name} = {Values[node.Id]} ({node.Kind.ToString().ToLowerInvariant()})"
            : $"{node.Name} = {node.Op.Name}({string.Join(", ", node.Inputs.Select(i => i.Name))}) = {Values[node.Id]}";
        return _trace is null ? what : $"{what}; ∂{_graph.Output.Name}/∂{node.Name} = {Number(_trace.Gradient(node))}";
    }

    /// <summary>Gets the tooltip of an edge: the local partial, the upstream gradient and their product.</summary>
    public string EdgeTitle(DiagramEdge e)
    {
        var head = $"{e.Input.Name} → {e.Consumer.Name}";
        if (_steps[e.Index] is not { } s)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{head}: input {e.Slot + 1} of {e.Consumer.Op!.Name}");
        }

        var output = _graph.Output.Name;
        return $"{head}: local ∂{e.Consumer.Name}/∂{e.Input.Name} = {Number(s.Partial)}; upstream ∂{output}/∂{e.Consumer.Name} = {Number(s.Upstream)}; contribution {Number(s.Contribution)}";
    }

    private static string Minus(string text) => text.StartsWith('-') ? "−" + text[1..] : text;

    private string Number(Real value) => Minus(value.Format(_digits).Text);
}
