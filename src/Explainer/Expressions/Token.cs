using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>A token: its kind and where it sits in the source text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public SourceSpan Span => new(Start, Length);

    public bool StartsOperand => Kind is TokenKind.Number or TokenKind.Identifier or TokenKind.OpenParen;

    public string TextIn(string source) => source.Substring(Start, Length);
}
