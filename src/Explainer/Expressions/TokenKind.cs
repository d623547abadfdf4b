namespace Explainer.Expressions;

/// <summary>The kinds of token the lexer produces.</summary>
internal enum TokenKind
{
    Number,
    Identifier,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    OpenParen,
    CloseParen,
    Comma,
    Assign,
    Semicolon,
    Newline,
    Invalid,
    End,
}
