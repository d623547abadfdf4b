using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Specs;

/// <summary>Reads strict JSON into a <see cref="SpecNode"/> tree with <see cref="Utf8JsonReader"/>: numbers keep their text, a trailing comma is refused where it stands.</summary>
internal static partial class JsonTreeReader
{
    /// <summary>Reads one JSON value; null when the text holds none or is not JSON (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static SpecNode? Read(string text, SpecDiagnostics diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var offsets = new Offsets(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = SpecLimits.MaxDepth + 1 });
        var stack = new Stack<(SpecNode Node, Dictionary<string, SpecNode>? Keys)>();
        SpecNode? root = null;
        SpecNode? pendingKey = null;
        try
        {
            while (reader.Read())
            {
                var start = offsets.CharOffset((int)reader.TokenStartIndex);
                SpecNode node;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingKey = SpecNode.Scalar(reader.GetString()!, true, new SourceSpan(start, offsets.CharOffset((int)reader.BytesConsumed) - start));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                    case JsonTokenType.StartObject:
                        node = SpecNode.Mapping(new SourceSpan(start, 1));
                        break;
                    case JsonTokenType.StartArray:
                        node = SpecNode.Sequence(new SourceSpan(start, 1));
                        break;
                    case JsonTokenType.String:
                        node = SpecNode.Scalar(reader.GetString()!, true, Token(ref reader, offsets, start));
                        break;
                    default:
                        node = SpecNode.Scalar(Encoding.UTF8.GetString(reader.ValueSpan), false, Token(ref reader, offsets, start));
                        break;
                }

                if (stack.Count == 0)
                {
                    root = node;
                }
                else
                {
                    var (parent, keys) = stack.Peek();
                    if (keys is null)
                    {
                        parent.Items.Add(node);
                    }
                    else if (pendingKey is not null)
                    {
                        if (keys.TryGetValue(pendingKey.Text, out var first))
                        {
                            var line = SourcePosition.FromOffset(text, first.Span.Start).Line;
                            diagnostics.Add(pendingKey, string.Create(CultureInfo.InvariantCulture, $"duplicate key '{pendingKey.Text}'; it is first given on line {line}"));
                        }
                        else
                        {
                            keys.Add(pendingKey.Text, pendingKey);
                            parent.Entries.Add(new(pendingKey, node));
                        }

                        pendingKey = null;
                    }
                }

                if (node.Kind == SpecNodeKind.Mapping)
                {
                    stack.Push((node, new Dictionary<string, SpecNode>(StringComparer.Ordinal)));
                }
                else if (node.Kind == SpecNodeKind.Sequence)
                {
                    stack.Push((node, null));
                }
            }

            return root;
        }
        catch (JsonException e)
        {
            Report(text, bytes, e, diagnostics);
            return null;
        }
    }

    private static SourceSpan Token(ref Utf8JsonReader reader, Offsets offsets, int start)
        => SourceSpan.FromBounds(start, Math.Max(start, offsets.CharOffset((int)reader.BytesConsumed)));

    private static void Report(string text, byte[] bytes, JsonException e, SpecDiagnostics diagnostics)
    {
        var offset = ErrorOffset(text, bytes, e);
        var next = offset;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var before = Math.Min(next, text.Length) - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        if (next < text.Length && text[next] is ']' or '}' && before >= 0 && text[before] == ',')
        {
            diagnostics.Add(new SourceSpan(before, 1), $"trailing comma before '{text[next]}'; JSON allows none: remove it");
            return;
        }

        if (next + 1 < text.Length && text[next] == '/' && text[next + 1] is '/' or '*')
        {
            diagnostics.Add(new SourceSpan(next, 2), "comments are not allowed in JSON; remove it, or write the spec in YAML");
            return;
        }

        if (next >= text.Length && offset == 0 && text.Trim().Length == 0)
        {
            return;
        }

        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            diagnostics.Add(new SourceSpan(Math.Min(offset, text.Length), 0), string.Create(CultureInfo.InvariantCulture, $"lists and mappings nest more than {SpecLimits.MaxDepth} deep; the limit is {SpecLimits.MaxDepth}"));
            return;
        }

        var message = PositionSuffix().Replace(e.Message, string.Empty).Trim().TrimEnd('.');
        message = message.Length == 0 ? "unreadable" : char.ToLowerInvariant(message[0]) + message[1..];
        diagnostics.Add(new SourceSpan(Math.Min(offset, text.Length), 0), "invalid JSON: " + message);
    }

    /// <summary>The character offset of a reader error, from its 0-based line and byte position in the line.</summary>
    private static int ErrorOffset(string text, byte[] bytes, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var lineStart = 0;
        for (var l = 0; l < line && lineStart < text.Length; l++)
        {
            var end = text.IndexOf('\n', lineStart);
            lineStart = end < 0 ? text.Length : end + 1;
        }

        var lineStartByte = Encoding.UTF8.GetByteCount(text.AsSpan(0, lineStart));
        var column = (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length - lineStartByte);
        return Math.Min(text.Length, lineStart + Encoding.UTF8.GetCharCount(bytes, lineStartByte, column));
    }

    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    /// <summary>Turns increasing byte offsets into character offsets without rescanning from the start.</summary>
    private sealed class Offsets(byte[] bytes)
    {
        private int _byte;
        private int _char;

        public int CharOffset(int byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            _char += Encoding.UTF8.GetCharCount(bytes, _byte, byteOffset - _byte);
            _byte = byteOffset;
            return _char;
        }
    }
}
