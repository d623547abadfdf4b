using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Specs;

/// <summary>Reads YAML into a <see cref="SpecNode"/> tree through YamlDotNet's parser events, so no scalar is ever typed.</summary>
internal static partial class YamlTreeReader
{
    /// <summary>Reads one YAML document; null when the file holds none or cannot be read (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static SpecNode? Read(string text, SpecDiagnostics diagnostics)
    {
        if (ReportTabs(text, diagnostics))
        {
            return null;
        }

        var parser = new Parser(new StringReader(text));
        var open = new Stack<Mark>();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, text, diagnostics, 0, open);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(Span(second.Start, second.End, text), "a spec file holds one document; remove the second '---' or split the file");
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Span(e.Start, e.End, text), "invalid YAML: " + Clean(e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way inside an unclosed flow list or mapping.
            var at = open.Count > 0 ? open.Peek() : parser.Current?.Start ?? Mark.Empty;
            var bracket = at.Index < text.Length ? text[(int)at.Index] : '[';
            diagnostics.Add(Span(at, at, text), open.Count > 0 ? $"invalid YAML: this '{bracket}' is never closed" : "invalid YAML: unreadable here");
            return null;
        }
    }

    private static bool ReportTabs(string text, SpecDiagnostics diagnostics)
    {
        var found = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            for (var i = lineStart; i < text.Length && (text[i] == ' ' || text[i] == '\t'); i++)
            {
                if (text[i] == '\t')
                {
                    diagnostics.Add(new SourceSpan(i, 1), "tab in indentation; YAML indents with spaces only");
                    found = true;
                    break;
                }
            }

            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                break;
            }

            lineStart = end + 1;
        }

        return found;
    }

    private static SpecNode? ReadNode(IParser parser, string text, SpecDiagnostics diagnostics, int depth, Stack<Mark> open)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        if (depth > SpecLimits.MaxDepth)
        {
            diagnostics.Add(Span(current.Start, current.End, text), string.Create(CultureInfo.InvariantCulture, $"lists and mappings nest more than {SpecLimits.MaxDepth} deep; the limit is {SpecLimits.MaxDepth}"));
            parser.SkipThisAndNestedEvents();
            diagnostics.Incomplete = true;
            return null;
        }

        switch (current)
        {
            case AnchorAlias alias:
                diagnostics.Add(Span(alias.Start, alias.End, text), $"alias '*{alias.Value}' is not supported in spec files; write the value out");
                parser.MoveNext();

                // A stand-in keeps the key, so the schema does not call it missing; its complaint at this spot is dropped.
                return SpecNode.Scalar(string.Empty, false, Span(alias.Start, alias.End, text));

            case Scalar scalar:
                parser.MoveNext();
                return SpecNode.Scalar(scalar.Value, scalar.Style != ScalarStyle.Plain, Span(scalar.Start, scalar.End, text));

            case SequenceStart start:
            {
                Opened(start.Style == SequenceStyle.Flow, start.Start, open);
                parser.MoveNext();
                var node = SpecNode.Sequence(Span(start.Start, start.End, text));
                while (!parser.Accept<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, text, diagnostics, depth + 1, open);
                    if (item is not null)
                    {
                        node.Items.Add(item);
                    }
                }

                Closed(start.Style == SequenceStyle.Flow, open);
                parser.MoveNext();
                return node;
            }

            case MappingStart start:
            {
                Opened(start.Style == MappingStyle.Flow, start.Start, open);
                parser.MoveNext();
                var node = SpecNode.Mapping(Span(start.Start, start.End, text));
                var firsts = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, text, diagnostics, depth + 1, open);
                    var value = ReadNode(parser, text, diagnostics, depth + 1, open);
                    if (key is null || value is null)
                    {
                        continue;
                    }

                    if (!key.IsScalar)
                    {
                        diagnostics.Add(key, "a key must be a name, not a list or mapping");
                        continue;
                    }

                    if (firsts.TryGetValue(key.Text, out var first))
                    {
                        var line = SourcePosition.FromOffset(text, first.Span.Start).Line;
                        diagnostics.Add(key, string.Create(CultureInfo.InvariantCulture, $"duplicate key '{key.Text}'; it is first given on line {line}"));
                        continue;
                    }

                    firsts.Add(key.Text, key);
                    node.Entries.Add(new(key, value));
                }

                Closed(start.Style == MappingStyle.Flow, open);
                parser.MoveNext();
                return node;
            }

            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }
    }

    private static void Opened(bool flow, Mark start, Stack<Mark> open)
    {
        if (flow)
        {
            open.Push(start);
        }
    }

    private static void Closed(bool flow, Stack<Mark> open)
    {
        if (flow)
        {
            open.Pop();
        }
    }

    private static SourceSpan Span(Mark start, Mark end, string text)
    {
        var from = (int)Math.Clamp(start.Index, 0, text.Length);
        var to = (int)Math.Clamp(end.Index, from, text.Length);
        return SourceSpan.FromBounds(from, to);
    }

    /// <summary>YamlDotNet's message without its "(Line: 1, Col: 5, Idx: 4) - (…): " prefix and final period, in lower case.</summary>
    private static string Clean(string message)
    {
        var text = MarkPrefix().Replace(message, string.Empty).Trim().TrimEnd('.');
        return text.Length == 0 ? "unreadable" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
