using System.Diagnostics;
using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>The parser's diagnostics: each says what is wrong, points at the offending token and suggests a fix.</summary>
internal sealed partial class Parser
{
    private void Report(string message, SourceSpan span) => _diagnostics.Add(new Diagnostic(message, span));

    private string Text(Token token) => token.TextIn(_text);

    private string Where(int offset) => SourceLines.Describe(_text, offset);

    /// <summary>Reports a token found where an operand (number, name, call or parenthesis) should start.</summary>
    private void ReportExpectedOperand(Token token)
    {
        var after = _previous is { } previous ? $" after '{Text(previous)}'" : string.Empty;
        switch (token.Kind)
        {
            case TokenKind.End:
                Report($"unexpected end of input: expected an operand{after}", new SourceSpan(token.Start, 0));
                break;
            case TokenKind.Newline:
                Report($"unexpected end of line: expected an operand{after}", new SourceSpan(token.Start, 0));
                break;
            case TokenKind.Invalid:
                ReportUnexpectedCharacter(token);
                break;
            case TokenKind.CloseParen when _depth == 0:
                ReportUnmatchedClose(token);
                break;
            case TokenKind.Star when _previous is { Kind: TokenKind.Star } star && star.End == token.Start:
                Report("'**' is not an operator; use '^' for powers, as in 'x^2'", SourceSpan.FromBounds(star.Start, token.End));
                break;
            default:
                Report($"expected an operand{after}, but found '{Text(token)}'", token.Span);
                break;
        }
    }

    /// <summary>Reports a token that cannot follow a complete statement.</summary>
    private void ReportAfterStatement(Token token, bool hasTarget)
    {
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.Identifier or TokenKind.OpenParen:
                ReportMissingOperator(token);
                break;
            case TokenKind.CloseParen:
                ReportUnmatchedClose(token);
                break;
            case TokenKind.Assign:
                Report(
                    hasTarget
                        ? "unexpected '=': a statement assigns a single name, as in 'u = b*c'"
                        : "unexpected '=': only a single name can be assigned, as in 'u = b*c'",
                    token.Span);
                break;
            case TokenKind.Comma:
                Report("unexpected ',' outside a function's arguments; separate statements with ';' or a new line", token.Span);
                break;
            case TokenKind.Invalid:
                ReportUnexpectedCharacter(token);
                break;
            default:
                throw new UnreachableException($"The operator loops consume every other token kind, not {token.Kind}.");
        }
    }

    /// <summary>Reports the token found where the ")" matching <paramref name="open"/> should be.</summary>
    private void ReportMissingClose(Token open, Token token)
    {
        if (token.StartsOperand)
        {
            ReportMissingOperator(token);
        }
        else if (token.Kind == TokenKind.Invalid)
        {
            ReportUnexpectedCharacter(token);
        }
        else if (token.Kind == TokenKind.End)
        {
            Report($"expected ')' to close '(' at {Where(open.Start)}", new SourceSpan(token.Start, 0));
        }
        else
        {
            Report($"expected ')' to close '(' at {Where(open.Start)}, but found '{Text(token)}'", token.Span);
        }
    }

    /// <summary>Reports two operands in a row, as in "2a" or "2 3", pointing at the second.</summary>
    private void ReportMissingOperator(Token token)
    {
        var left = Text(_previous!.Value);
        var right = Text(token);
        var fix = _previous.Value.Kind is TokenKind.Number or TokenKind.Identifier && token.Kind is TokenKind.Number or TokenKind.Identifier
            ? $"to multiply, write '{left}*{right}'"
            : "to multiply, write '*' between them";
        Report($"missing operator between '{left}' and '{right}'; {fix}", token.Span);
    }

    private void ReportUnmatchedClose(Token token) =>
        Report("unmatched ')': there is no '(' for it to close", token.Span);

    private void ReportUnexpectedCharacter(Token token)
    {
        var text = Text(token);
        var shown = text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0]))
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)text[0]:X4}")
            : $"'{text}'";
        var fix = text switch
        {
            "×" or "·" or "⋅" or "∗" => "; use '*' to multiply",
            "−" or "–" or "—" => "; use '-' to subtract or negate",
            "÷" or "∕" => "; use '/' to divide",
            "²" => "; use '^2' for a square",
            "[" or "]" or "{" or "}" => "; use '(' and ')' to group",
            "." => "; a decimal point needs a digit after it, as in '0.5' or '.5'",
            _ => string.Empty,
        };
        Report($"unexpected character {shown}{fix}", token.Span);
    }

    /// <summary>Checks that a call names a known function and passes an accepted number of arguments.</summary>
    private void CheckCall(Token name, Call call)
    {
        if (!FunctionTable.TryGet(call.Function, out var signature))
        {
            var suggestion = Suggestions.Closest(call.Function, FunctionTable.Names);
            Report(
                suggestion is not null
                    ? $"unknown function '{call.Function}'; did you mean '{suggestion}'?"
                    : $"unknown function '{call.Function}'; the functions are {string.Join(", ", FunctionTable.Names)}; to multiply, write '{call.Function}*(...)'",
                name.Span);
        }
        else if (!signature.Accepts(call.Arguments.Count))
        {
            var given = call.Arguments.Count == 0
                ? "none"
                : call.Arguments.Count.ToString(CultureInfo.InvariantCulture);
            Report($"'{call.Function}' takes {signature.DescribeArity()}, but was given {given}", call.Span);
        }
    }
}
