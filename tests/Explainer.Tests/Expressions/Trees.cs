using Explainer.Diagnostics;
using Explainer.Expressions;

namespace Explainer.Tests.Expressions;

/// <summary>Helpers that parse test input and show a tree's grouping.</summary>
internal static class Trees
{
    /// <summary>Parses text that must be a single bare expression.</summary>
    public static Expr ParseExpression(string text)
    {
        var program = ParseProgram(text);
        program.Statements.Count.ShouldBe(1);
        program.Output.Target.ShouldBeNull();
        return program.Output.Value;
    }

    /// <summary>Parses text that must be a valid program.</summary>
    public static ExpressionProgram ParseProgram(string text)
    {
        var result = ExpressionParser.Parse(text);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Select(d => d.Format(text))));
        result.Succeeded.ShouldBeTrue();
        return result.Program;
    }

    /// <summary>Parses text that must fail with exactly one diagnostic.</summary>
    public static Diagnostic SingleDiagnostic(string text)
    {
        var result = ExpressionParser.Parse(text);
        result.Program.ShouldBeNull();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    /// <summary>Writes a small tree with every operation in parentheses, e.g. "(a + (b * c))".</summary>
    public static string Shape(Expr node) => node switch
    {
        NumberLiteral literal => literal.Text,
        NameRef reference => reference.Name,
        Unary unary => $"({(unary.Op == UnaryOperator.Minus ? "-" : "+")}{Shape(unary.Operand)})",
        Binary binary => $"({Shape(binary.Left)} {Symbol(binary.Op)} {Shape(binary.Right)})",
        Call call => $"{call.Function}({string.Join(", ", call.Arguments.Select(Shape))})",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>The 1-based column where a diagnostic starts in one-line text.</summary>
    public static int Column(this Diagnostic diagnostic) => diagnostic.Span.Start + 1;

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };
}
