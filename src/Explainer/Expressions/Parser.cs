using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>Parses one text into a program: loops for operator chains and signs, recursion only into parentheses.</summary>
/// <remarks>
/// Grammar, loosest first:
/// <code>
/// program   = statement { (";" | newline) statement }
/// statement = [ name "=" ] sum
/// sum       = product { ("+" | "-") product }
/// product   = signed { ("*" | "/") signed }
/// signed    = { "+" | "-" } power                  -2^2 is -(2^2)
/// power     = primary { "^" { "+" | "-" } primary } right-associative; 2^-3^2 is 2^(-(3^2))
/// primary   = number | name | name "(" [ sum { "," sum } ] ")" | "(" sum ")"
/// </code>
/// Only "(" recurses, and at most <see cref="ExpressionParser.MaxNestingDepth"/> levels deep. Inside
/// parentheses a line break is white space. A syntax error ends its statement: the parser reports it,
/// skips to the next ";" or line break outside parentheses, and goes on, so one pass reports the first
/// error of every statement.
/// </remarks>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics = [];
    private int _position;
    private int _depth;
    private Token? _previous;

    public Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    /// <summary>Gets how many tokens the text holds, its end marker and line breaks included.</summary>
    public int TokenCount => _tokens.Count;

    private Token Current
    {
        get
        {
            while (_depth > 0 && _tokens[_position].Kind == TokenKind.Newline)
            {
                _position++;
            }

            return _tokens[_position];
        }
    }

    public ExpressionParseResult ParseProgram()
    {
        var statements = new List<Statement>();
        while (true)
        {
            while (Current.Kind is TokenKind.Semicolon or TokenKind.Newline)
            {
                _position++;
            }

            if (Current.Kind == TokenKind.End)
            {
                break;
            }

            _previous = null;
            var statement = ParseStatement();
            if (statement is null)
            {
                SkipRestOfStatement();
            }
            else
            {
                statements.Add(statement);
            }
        }

        if (statements.Count == 0 && _diagnostics.Count == 0)
        {
            Report("empty input: write an expression such as '3*(a + b)', or statements such as 'u = a*b; J = u^2'", new SourceSpan(0, 0));
        }

        ProgramValidator.Validate(statements, _text, _diagnostics);
        return _diagnostics.Count == 0
            ? new ExpressionParseResult(new ExpressionProgram(statements), [])
            : new ExpressionParseResult(null, [.. _diagnostics.OrderBy(diagnostic => diagnostic.Span.Start)]);
    }

    private Statement? ParseStatement()
    {
        Token? target = null;
        if (Current.Kind == TokenKind.Identifier && _tokens[_position + 1].Kind == TokenKind.Assign)
        {
            target = Advance();
            Advance();
        }

        var value = ParseSum();
        if (value is null)
        {
            return null;
        }

        if (Current.Kind is not (TokenKind.Semicolon or TokenKind.Newline or TokenKind.End))
        {
            ReportAfterStatement(Current, target is not null);
            return null;
        }

        return target is { } name
            ? new Statement(name.TextIn(_text), name.Span, value)
            : new Statement(null, new SourceSpan(value.Span.Start, 0), value);
    }

    private Token Advance()
    {
        var token = Current;
        _previous = token;
        _position++;
        return token;
    }

    /// <summary>After a syntax error, skips to the next ";", or the next line break outside the parentheses left open.</summary>
    private void SkipRestOfStatement()
    {
        var open = _depth;
        _depth = 0;
        while (Current.Kind is not (TokenKind.Semicolon or TokenKind.End) && !(Current.Kind == TokenKind.Newline && open <= 0))
        {
            open += Current.Kind switch
            {
                TokenKind.OpenParen => 1,
                TokenKind.CloseParen => -1,
                _ => 0,
            };
            _position++;
        }
    }
}
