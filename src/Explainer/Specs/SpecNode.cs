using Explainer.Diagnostics;

namespace Explainer.Specs;

/// <summary>A node of a spec file as written, YAML or JSON: scalars keep their original text and every node its position.</summary>
/// <remarks>Numbers are never converted here: a scalar is its text, read later with <see cref="Numbers.Real.TryParse"/>.</remarks>
internal sealed class SpecNode
{
    private SpecNode(SpecNodeKind kind, string text, bool quoted, SourceSpan span)
    {
        Kind = kind;
        Text = text;
        Quoted = quoted;
        Span = span;
    }

    public SpecNodeKind Kind { get; }

    /// <summary>Gets a scalar's text as written (without quotes); empty for a collection.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether a scalar was quoted, which makes it a string even if it looks like a number.</summary>
    public bool Quoted { get; }

    /// <summary>Gets where the node starts in the source text (for a scalar, its whole text).</summary>
    public SourceSpan Span { get; }

    /// <summary>Gets a sequence's items.</summary>
    public List<SpecNode> Items { get; } = [];

    /// <summary>Gets a mapping's entries in file order (duplicates are refused when the tree is read).</summary>
    public List<KeyValuePair<SpecNode, SpecNode>> Entries { get; } = [];

    public bool IsScalar => Kind == SpecNodeKind.Scalar;

    /// <summary>Gets a value indicating whether the scalar is YAML's or JSON's null (plain ~, null, or nothing).</summary>
    public bool IsNull => Kind == SpecNodeKind.Scalar && !Quoted && Text is "" or "~" or "null" or "Null" or "NULL";

    public static SpecNode Scalar(string text, bool quoted, SourceSpan span) => new(SpecNodeKind.Scalar, text, quoted, span);

    public static SpecNode Sequence(SourceSpan span) => new(SpecNodeKind.Sequence, string.Empty, false, span);

    public static SpecNode Mapping(SourceSpan span) => new(SpecNodeKind.Mapping, string.Empty, false, span);

    /// <summary>Finds the value of a key of a mapping, or null when the node is no mapping or lacks the key.</summary>
    public SpecNode? Get(string key)
    {
        if (Kind != SpecNodeKind.Mapping)
        {
            return null;
        }

        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Finds the key node of a mapping entry, for positions.</summary>
    public SpecNode? KeyNode(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }
}
