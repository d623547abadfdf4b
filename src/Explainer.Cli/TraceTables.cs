using System.Globalization;
using Explainer.Graph;
using Explainer.Numbers;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>The terminal tables of a trace, shared by <c>show</c> and <c>grad</c>.</summary>
internal static class TraceTables
{
    public static Table Forward(ComputationGraph graph, int digits)
    {
        var table = new Table().Title("Forward values").AddColumns("id", "node", "formula", "value", "");
        foreach (var node in graph.Nodes.Where(n => n.Id <= graph.Output.Id))
        {
            table.AddRow(node.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(node.Name), Markup.Escape(node.Formula), Markup.Escape(Text(node.Value, digits)), Exactness(node.Value));
        }

        return table;
    }

    public static Table Edges(Trace trace, int digits)
    {
        var table = new Table().Title("Local partials, upstream gradients and contributions").AddColumns("∂consumer/∂input", "formula", "local", "upstream", "contribution");
        foreach (var e in trace.Edges)
        {
            table.AddRow(Markup.Escape($"∂{e.Consumer.Name}/∂{e.Input.Name}"), Markup.Escape(e.PartialFormula), Markup.Escape(Text(e.Partial, digits)), Markup.Escape(Text(e.Upstream, digits)), Markup.Escape(Text(e.Contribution, digits)));
        }

        return table;
    }

    public static Table Gradients(Trace trace, IEnumerable<Node> nodes, int digits)
    {
        var output = trace.Graph.Output.Name;
        var table = new Table().Title($"Gradients of {Markup.Escape(output)}").AddColumns("gradient", "value", "paths", "");
        foreach (var node in nodes)
        {
            var g = trace.Gradient(node);
            table.AddRow(Markup.Escape($"∂{output}/∂{node.Name}"), Markup.Escape(Text(g, digits)), trace.Contributions(node).Count.ToString(CultureInfo.InvariantCulture), Exactness(g));
        }

        return table;
    }

    public static string Text(Real value, int digits) => value.IsZero ? "0" : value.Format(digits).Text;

    public static string Exactness(Real value) => value.IsExact ? "exact" : "certified";
}
