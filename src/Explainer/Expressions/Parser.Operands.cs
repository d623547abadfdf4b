using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>Numbers, names, calls and parenthesized groups; only these recurse, and only to the nesting cap.</summary>
internal sealed partial class Parser
{
    private Expr? ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberLiteral(token.TextIn(_text), token.Span);
            case TokenKind.Identifier:
                Advance();
                if (Current.Kind == TokenKind.OpenParen)
                {
                    return ParseCall(token);
                }

                var name = token.TextIn(_text);
                if (FunctionTable.Contains(name))
                {
                    Report($"'{name}' is a function; call it with parentheses, as in '{name}(x)'", token.Span);
                }

                return new NameRef(name, token.Span);
            case TokenKind.OpenParen:
                return ParseGroup();
            default:
                ReportExpectedOperand(token);
                return null;
        }
    }

    private Expr? ParseGroup()
    {
        var open = Current;
        if (!Enter(open))
        {
            return null;
        }

        if (Current.Kind == TokenKind.CloseParen)
        {
            Report("empty parentheses: write an expression between '(' and ')'", SourceSpan.FromBounds(open.Start, Current.End));
            return null;
        }

        var inner = ParseSum();
        if (inner is null || !ExpectClose(open, out var close))
        {
            return null;
        }

        return inner with { Span = SourceSpan.FromBounds(open.Start, close.End) };
    }

    private Call? ParseCall(Token name)
    {
        var open = Current;
        if (!Enter(open))
        {
            return null;
        }

        var arguments = new List<Expr>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            while (true)
            {
                var argument = ParseSum();
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                Advance();
            }
        }

        if (!ExpectClose(open, out var close))
        {
            return null;
        }

        var call = new Call(name.TextIn(_text), arguments, SourceSpan.FromBounds(name.Start, close.End));
        CheckCall(name, call);
        return call;
    }

    /// <summary>Consumes an opening parenthesis, unless that would nest deeper than the cap.</summary>
    private bool Enter(Token open)
    {
        if (_depth >= ExpressionParser.MaxNestingDepth)
        {
            Report(
                $"expression is nested too deeply (more than {ExpressionParser.MaxNestingDepth} levels); split it into smaller statements",
                open.Span);
            return false;
        }

        Advance();
        _depth++;
        return true;
    }

    /// <summary>Consumes the closing parenthesis that matches <paramref name="open"/>, or reports why it is missing.</summary>
    private bool ExpectClose(Token open, out Token close)
    {
        close = Current;
        if (close.Kind != TokenKind.CloseParen)
        {
            ReportMissingClose(open, close);
            return false;
        }

        Advance();
        _depth--;
        return true;
    }
}
