using System.Globalization;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Specs;

/// <summary>The checks of a <c>kind: expression</c> spec that its schema cannot state (the statements' syntax, names bound once and used, limits), and the building of its graph.</summary>
/// <remarks>
/// The statements are parsed as one program, as <c>explainer grad</c> parses them, and every diagnostic is mapped back to
/// the statement's line and column in the file. It runs after the schema and tolerates what the schema already refused.
/// </remarks>
internal static class ExpressionSpecReader
{
    public static ExpressionSpecFile? Read(SpecNode root, SpecDiagnostics diagnostics) => new Reader(diagnostics).Expression(root);

    private sealed class Reader(SpecDiagnostics diagnostics)
    {
        private readonly SpecGraphChecks _checks = new(diagnostics);

        /// <summary>Where each statement starts in the joined program text, and its node in the file.</summary>
        private readonly List<(int Offset, SpecNode Node)> _statements = [];

        public ExpressionSpecFile? Expression(SpecNode root)
        {
            var before = diagnostics.Count;
            var id = SpecGraphChecks.Text(root.Get("id"));
            var title = SpecGraphChecks.Text(root.Get("title"));
            var summary = SpecGraphChecks.Text(root.Get("summary"));
            var statementsNode = root.Get("statements");
            var program = Statements(statementsNode);
            var inputs = Values(root.Get("inputs"), "inputs");
            var constants = Values(root.Get("constants"), "constants");
            var parameters = NameList(root.Get("parameters"), "parameters", inputs);
            var targets = NameList(root.Get("targets"), "targets", inputs);
            foreach (var (name, node) in targets)
            {
                if (parameters.Any(p => p.Name == name))
                {
                    diagnostics.Add(node, $"targets: '{name}' is also listed under parameters; a name is one or the other");
                }
            }

            foreach (var (key, name, _) in constants)
            {
                if (inputs.Any(i => i.Name == name))
                {
                    diagnostics.Add(key, $"constants: '{name}' is also given under inputs; give it once");
                }
                else if (name is "pi" or "e")
                {
                    diagnostics.Add(key, $"constants: '{name}' is built in ({(name == "pi" ? "π" : "Euler's number")}); choose another name");
                }
            }

            var rateNode = root.Get("rate");
            var rate = _checks.Number(rateNode, "rate");
            if (rate is not null && parameters.Count == 0 && rateNode is not null)
            {
                diagnostics.Add(rateNode, "rate: there is nothing to update; list the trainable inputs under parameters");
            }

            if (id is null || program is null || statementsNode is null)
            {
                return null;
            }

            CheckBindings(program, inputs, constants, statementsNode);
            if (diagnostics.Count > before || inputs.Concat(constants).Any(v => v.Value is null))
            {
                return null;
            }

            var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
            parameters.ForEach(p => kinds[p.Name] = NodeKind.Parameter);
            targets.ForEach(t => kinds[t.Name] = NodeKind.Target);
            var bindings = new ExpressionBindings
            {
                Variables = [.. inputs.Select(i => new ExpressionVariable(i.Name, i.Value!.Value, kinds.GetValueOrDefault(i.Name, NodeKind.Input)))],
                Constants = [.. constants.Select(c => new KeyValuePair<string, Real>(c.Name, c.Value!.Value))],
            };
            var (graph, problems) = ExpressionGraph.Build(program, bindings);
            foreach (var problem in problems)
            {
                diagnostics.Add(Map(problem.Span, statementsNode), problem.Message);
            }

            if (graph is null)
            {
                return null;
            }

            if (graph.Nodes.Count > SpecLimits.MaxGraphNodes)
            {
                diagnostics.Add(statementsNode, string.Create(CultureInfo.InvariantCulture, $"statements: the graph has {graph.Nodes.Count:N0} nodes; the limit is {SpecLimits.MaxGraphNodes:N0}"));
                return null;
            }

            var names = _checks.Names(root.Get("names"), graph);
            IReadOnlyCollection<Node> trainable = rate is null ? [] : [.. graph.Nodes.Where(n => n.Kind == NodeKind.Parameter)];
            var claims = _checks.Claims(root.Get("claims"), graph, trainable);
            var errata = SpecGraphChecks.Errata(root.Get("errata"));
            var remarks = _checks.Remarks(root.Get("remarks"), graph);
            return diagnostics.Count > before
                ? null
                : new ExpressionSpecFile(id, title, summary, program, bindings with { Symbols = names }, rate, claims, errata) { Remarks = remarks, ShowInputGradients = SpecGraphChecks.ShowsInputGradients(root.Get("show")) };
        }

        /// <summary>Parses the statements as one program, one per line, each diagnostic mapped back to its statement.</summary>
        private ExpressionProgram? Statements(SpecNode? node)
        {
            if (node is not { Kind: SpecNodeKind.Sequence } || node.Items.Count == 0)
            {
                return null;
            }

            if (node.Items.Count > SpecLimits.MaxStatements)
            {
                diagnostics.Add(node, string.Create(CultureInfo.InvariantCulture, $"statements: {node.Items.Count:N0} statements; the limit is {SpecLimits.MaxStatements:N0}"));
                return null;
            }

            var text = new StringBuilder();
            foreach (var item in node.Items)
            {
                if (!item.IsScalar || item.IsNull)
                {
                    return null;
                }

                if (item.Text.Contains('\n', StringComparison.Ordinal) || item.Text.Contains(';', StringComparison.Ordinal))
                {
                    diagnostics.Add(item, "statements: one statement per item (a ';' or a line break starts another); split it into two items");
                    continue;
                }

                _statements.Add((text.Length, item));
                text.Append(item.Text).Append('\n');
            }

            if (_statements.Count != node.Items.Count)
            {
                return null;
            }

            var parsed = ExpressionParser.Parse(text.ToString());
            foreach (var problem in parsed.Diagnostics)
            {
                diagnostics.Add(Map(problem.Span, node), problem.Message);
            }

            return parsed.Program;
        }

        /// <summary>Every input and constant is used, none is also computed, and every free name has a value.</summary>
        private void CheckBindings(ExpressionProgram program, List<(SpecNode Key, string Name, Real? Value)> inputs, List<(SpecNode Key, string Name, Real? Value)> constants, SpecNode statementsNode)
        {
            var bound = new HashSet<string>(inputs.Select(i => i.Name).Concat(constants.Select(c => c.Name)), StringComparer.Ordinal);
            var assigned = new HashSet<string>(program.Statements.Where(s => s.Target is not null).Select(s => s.Target!), StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in program.Statements)
            {
                foreach (var expr in statement.Value.PostOrder())
                {
                    if (expr is not NameRef r || !used.Add(r.Name) || bound.Contains(r.Name) || assigned.Contains(r.Name) || r.Name is "pi" or "e")
                    {
                        continue;
                    }

                    var suggestion = Suggestions.Closest(r.Name, [.. bound, .. assigned]);
                    diagnostics.Add(Map(r.Span, statementsNode), suggestion is not null
                        ? $"unknown name '{r.Name}'; did you mean '{suggestion}'?"
                        : $"unknown name '{r.Name}': give it a value under inputs (or constants)");
                }
            }

            foreach (var (key, name, _) in inputs.Concat(constants))
            {
                var where = constants.Any(c => c.Key == key) ? "constants" : "inputs";
                if (assigned.Contains(name))
                {
                    diagnostics.Add(key, $"{where}: '{name}' is computed by the statement '{name} = …'; it cannot also be given a value: remove one of the two");
                }
                else if (!used.Contains(name))
                {
                    diagnostics.Add(key, $"{where}: '{name}' is given a value but no statement uses it");
                }
            }
        }

        /// <summary>Reads a mapping of names to exact numbers (<c>inputs</c>, <c>constants</c>), in file order; a value that is not a number (reported) is null.</summary>
        private List<(SpecNode Key, string Name, Real? Value)> Values(SpecNode? node, string what)
        {
            var values = new List<(SpecNode, string, Real?)>();
            if (node is not { Kind: SpecNodeKind.Mapping })
            {
                return values;
            }

            foreach (var (key, value) in node.Entries)
            {
                values.Add((key, key.Text, _checks.Number(value, $"{what}: {key.Text}")));
            }

            return values;
        }

        /// <summary>Reads a list of input names (<c>parameters</c>, <c>targets</c>); each must be given a value under inputs.</summary>
        private List<(string Name, SpecNode Node)> NameList(SpecNode? node, string what, List<(SpecNode Key, string Name, Real? Value)> inputs)
        {
            var names = new List<(string, SpecNode)>();
            if (node is not { Kind: SpecNodeKind.Sequence })
            {
                return names;
            }

            var known = inputs.Select(i => i.Name).ToList();
            foreach (var item in node.Items)
            {
                if (!item.IsScalar || item.IsNull)
                {
                    continue;
                }

                if (!known.Contains(item.Text))
                {
                    var suggestion = Suggestions.Closest(item.Text, known);
                    diagnostics.Add(item, suggestion is not null
                        ? $"{what}: '{item.Text}' has no value under inputs; did you mean '{suggestion}'?"
                        : $"{what}: '{item.Text}' has no value under inputs; give it one there");
                    continue;
                }

                names.Add((item.Text, item));
            }

            return names;
        }

        /// <summary>Maps a span of the joined program back to the file: the statement it falls in, the same column within it.</summary>
        private SourceSpan Map(SourceSpan span, SpecNode statementsNode)
        {
            for (var i = _statements.Count - 1; i >= 0; i--)
            {
                var (offset, node) = _statements[i];
                if (span.Start >= offset)
                {
                    var local = Math.Min(span.Start - offset, node.Text.Length);
                    return new SourceSpan(node.Span.Start + (node.Quoted ? 1 : 0) + local, Math.Max(0, Math.Min(span.Length, node.Text.Length - local)));
                }
            }

            return statementsNode.Span;
        }
    }
}
