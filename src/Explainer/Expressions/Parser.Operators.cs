using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>Operator chains, parsed with loops so that a chain of any length uses constant stack.</summary>
internal sealed partial class Parser
{
    private Expr? ParseSum()
    {
        var left = ParseProduct();
        while (left is not null && Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            var right = ParseProduct();
            left = right is null ? null : new Binary(op, left, right, SourceSpan.FromBounds(left.Span.Start, right.Span.End));
        }

        return left;
    }

    private Expr? ParseProduct()
    {
        var left = ParseSigned();
        while (left is not null && Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance().Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide;
            var right = ParseSigned();
            left = right is null ? null : new Binary(op, left, right, SourceSpan.FromBounds(left.Span.Start, right.Span.End));
        }

        return left;
    }

    private Expr? ParseSigned()
    {
        var signs = ParseSigns();
        var operand = ParsePower();
        return operand is null ? null : WrapInSigns(operand, signs);
    }

    private Expr? ParsePower()
    {
        var first = ParsePrimary();
        if (first is null || Current.Kind != TokenKind.Caret)
        {
            return first;
        }

        // Collect "a ^ -b ^ c" as operands and their signs, then fold from the right: a^(-(b^c)).
        var operands = new List<Expr> { first };
        var signs = new List<List<Token>?> { null };
        while (Current.Kind == TokenKind.Caret)
        {
            Advance();
            signs.Add(ParseSigns());
            var operand = ParsePrimary();
            if (operand is null)
            {
                return null;
            }

            operands.Add(operand);
        }

        var result = WrapInSigns(operands[^1], signs[^1]);
        for (var i = operands.Count - 2; i >= 0; i--)
        {
            var power = new Binary(BinaryOperator.Power, operands[i], result, SourceSpan.FromBounds(operands[i].Span.Start, result.Span.End));
            result = WrapInSigns(power, signs[i]);
        }

        return result;
    }

    private List<Token>? ParseSigns()
    {
        List<Token>? signs = null;
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            (signs ??= []).Add(Advance());
        }

        return signs;
    }

    private static Expr WrapInSigns(Expr operand, List<Token>? signs)
    {
        for (var i = (signs?.Count ?? 0) - 1; i >= 0; i--)
        {
            var sign = signs![i];
            var op = sign.Kind == TokenKind.Minus ? UnaryOperator.Minus : UnaryOperator.Plus;
            operand = new Unary(op, operand, SourceSpan.FromBounds(sign.Start, operand.Span.End));
        }

        return operand;
    }
}
