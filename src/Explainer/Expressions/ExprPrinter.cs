using System.Text;

namespace Explainer.Expressions;

/// <summary>Writes a tree back as text with minimal parentheses, using an explicit stack instead of recursion.</summary>
/// <remarks>
/// Spacing: " + " and " - " have spaces around them, "*", "/" and "^" do not, so "a + b*c^2" reads by precedence.
/// An operand gets parentheses exactly when the parser would otherwise group it differently.
/// </remarks>
internal static class ExprPrinter
{
    private const int SumPrecedence = 1;
    private const int ProductPrecedence = 2;
    private const int UnaryPrecedence = 3;
    private const int PowerPrecedence = 4;
    private const int AtomPrecedence = 5;

    public static string Print(Expr root)
    {
        var text = new StringBuilder();
        var work = new Stack<Work>();
        work.Push(new Work(root, null));
        while (work.Count > 0)
        {
            var item = work.Pop();
            if (item.Text is not null)
            {
                text.Append(item.Text);
                continue;
            }

            switch (item.Node)
            {
                case NumberLiteral literal:
                    text.Append(literal.Text);
                    break;
                case NameRef reference:
                    text.Append(reference.Name);
                    break;
                case Unary unary:
                    PushOperand(work, unary.Operand, Precedence(unary.Operand) < UnaryPrecedence);
                    text.Append(unary.Op == UnaryOperator.Minus ? '-' : '+');
                    break;
                case Binary binary:
                    var (leftNeedsParentheses, rightNeedsParentheses) = NeedsParentheses(binary);
                    PushOperand(work, binary.Right, rightNeedsParentheses);
                    work.Push(new Work(null, Symbol(binary.Op)));
                    PushOperand(work, binary.Left, leftNeedsParentheses);
                    break;
                case Call call:
                    text.Append(call.Function).Append('(');
                    work.Push(new Work(null, ")"));
                    for (var i = call.Arguments.Count - 1; i >= 0; i--)
                    {
                        work.Push(new Work(call.Arguments[i], null));
                        if (i > 0)
                        {
                            work.Push(new Work(null, ", "));
                        }
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown node type {item.Node?.GetType().Name}.");
            }
        }

        return text.ToString();
    }

    private static (bool Left, bool Right) NeedsParentheses(Binary binary)
    {
        if (binary.Op == BinaryOperator.Power)
        {
            // The base must be a single primary; the exponent may carry a sign: "2^-3^2" is "2^(-(3^2))".
            return (Precedence(binary.Left) < AtomPrecedence, Precedence(binary.Right) < UnaryPrecedence);
        }

        // Left-associative: an equal-precedence operation on the right needs parentheses, "a - (b - c)".
        var precedence = Precedence(binary);
        return (Precedence(binary.Left) < precedence, Precedence(binary.Right) <= precedence);
    }

    private static void PushOperand(Stack<Work> work, Expr operand, bool parenthesize)
    {
        if (parenthesize)
        {
            work.Push(new Work(null, ")"));
            work.Push(new Work(operand, null));
            work.Push(new Work(null, "("));
        }
        else
        {
            work.Push(new Work(operand, null));
        }
    }

    private static int Precedence(Expr node) => node switch
    {
        Binary { Op: BinaryOperator.Add or BinaryOperator.Subtract } => SumPrecedence,
        Binary { Op: BinaryOperator.Multiply or BinaryOperator.Divide } => ProductPrecedence,
        Binary => PowerPrecedence,
        Unary => UnaryPrecedence,
        _ => AtomPrecedence,
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => " + ",
        BinaryOperator.Subtract => " - ",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };

    /// <summary>One step of printing: either a node to write or literal text.</summary>
    private readonly record struct Work(Expr? Node, string? Text);
}
