using Explainer.Diagnostics;
using Explainer.Expressions;
using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExpressionParserDiagnosticTests
{
    [Theory]
    [InlineData("a + @b", "unexpected character '@'", 5)]
    [InlineData("a × b", "unexpected character '×'; use '*' to multiply", 3)]
    [InlineData("a − b", "unexpected character '−'; use '-' to subtract or negate", 3)]
    [InlineData("x²", "unexpected character '²'; use '^2' for a square", 2)]
    [InlineData("[a + b]", "unexpected character '['; use '(' and ')' to group", 1)]
    [InlineData("a . b", "unexpected character '.'; a decimal point needs a digit after it, as in '0.5' or '.5'", 3)]
    [InlineData("a\u0001", "unexpected character U+0001", 2)]
    [InlineData("(a $ b)", "unexpected character '$'", 4)]
    [InlineData("a $", "unexpected character '$'", 3)]
    public void Parse_UnexpectedCharacter_ReportsItAndItsColumn(string text, string message, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Column().ShouldBe(column);
    }

    [Fact]
    public void Parse_CharacterOutsideTheBasicPlane_SpansBothHalves() =>
        SingleDiagnostic("a + 😀").Span.ShouldBe(new SourceSpan(4, 2));

    [Theory]
    [InlineData("a +", "unexpected end of input: expected an operand after '+'", 4)]
    [InlineData("2*(a -", "unexpected end of input: expected an operand after '-'", 7)]
    [InlineData("u =", "unexpected end of input: expected an operand after '='", 4)]
    [InlineData("-", "unexpected end of input: expected an operand after '-'", 2)]
    [InlineData("a ^", "unexpected end of input: expected an operand after '^'", 4)]
    public void Parse_InputEndsEarly_ReportsEndOfInput(string text, string message, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Column().ShouldBe(column);
        diagnostic.Span.Length.ShouldBe(0);
    }

    [Fact]
    public void Parse_LineEndsAfterOperator_ReportsEndOfLine()
    {
        var diagnostic = SingleDiagnostic("u = a *\nJ = u");

        diagnostic.Message.ShouldBe("unexpected end of line: expected an operand after '*'");
        diagnostic.Span.ShouldBe(new SourceSpan(7, 0));
    }

    [Theory]
    [InlineData("a * / b", "expected an operand after '*', but found '/'", 5)]
    [InlineData("* a", "expected an operand, but found '*'", 1)]
    [InlineData("(a + )", "expected an operand after '+', but found ')'", 6)]
    [InlineData("exp(a,)", "expected an operand after ',', but found ')'", 7)]
    [InlineData("a = = b", "expected an operand after '=', but found '='", 5)]
    public void Parse_OperatorWithoutOperand_ReportsTheTokenFound(string text, string message, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Column().ShouldBe(column);
    }

    [Fact]
    public void Parse_DoubleStar_SuggestsCaret()
    {
        var diagnostic = SingleDiagnostic("x**2");

        diagnostic.Message.ShouldBe("'**' is not an operator; use '^' for powers, as in 'x^2'");
        diagnostic.Span.ShouldBe(new SourceSpan(1, 2));
    }

    [Fact]
    public void Parse_MissingCloseParenthesis_PointsAtEndAndNamesTheOpening()
    {
        var diagnostic = SingleDiagnostic("3*(a+b*c");

        diagnostic.Message.ShouldBe("expected ')' to close '(' at column 3");
        diagnostic.Span.ShouldBe(new SourceSpan(8, 0));
    }

    [Fact]
    public void Parse_MissingCloseParenthesisOfCall_NamesTheOpening() =>
        SingleDiagnostic("sigmoid(a*b").Message.ShouldBe("expected ')' to close '(' at column 8");

    [Fact]
    public void Parse_MissingCloseParenthesisBeforeSemicolon_PointsAtTheSemicolon()
    {
        var diagnostic = SingleDiagnostic("u = (a; J = u");

        diagnostic.Message.ShouldBe("expected ')' to close '(' at column 5, but found ';'");
        diagnostic.Column().ShouldBe(7);
    }

    [Fact]
    public void Parse_MissingCloseParenthesisInMultiLineText_NamesLineAndColumn() =>
        SingleDiagnostic("u = 1\nJ = (u + 1").Message.ShouldBe("expected ')' to close '(' at line 2, column 5");

    [Theory]
    [InlineData("a + b)", 6)]
    [InlineData(")", 1)]
    [InlineData("(a))", 4)]
    public void Parse_StrayCloseParenthesis_ReportsUnmatched(string text, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe("unmatched ')': there is no '(' for it to close");
        diagnostic.Column().ShouldBe(column);
    }

    [Theory]
    [InlineData("2a", "missing operator between '2' and 'a'; to multiply, write '2*a'", 2)]
    [InlineData("2 3", "missing operator between '2' and '3'; to multiply, write '2*3'", 3)]
    [InlineData("a b", "missing operator between 'a' and 'b'; to multiply, write 'a*b'", 3)]
    [InlineData("(a + b)(c)", "missing operator between ')' and '('; to multiply, write '*' between them", 8)]
    [InlineData("2(a)", "missing operator between '2' and '('; to multiply, write '*' between them", 2)]
    [InlineData("(a b)", "missing operator between 'a' and 'b'; to multiply, write 'a*b'", 4)]
    [InlineData("exp(a b)", "missing operator between 'a' and 'b'; to multiply, write 'a*b'", 7)]
    public void Parse_TwoOperandsWithoutOperator_ReportsMissingOperator(string text, string message, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Column().ShouldBe(column);
    }

    [Fact]
    public void Parse_EmptyParentheses_SpansBoth()
    {
        var diagnostic = SingleDiagnostic("2*()");

        diagnostic.Message.ShouldBe("empty parentheses: write an expression between '(' and ')'");
        diagnostic.Span.ShouldBe(new SourceSpan(2, 2));
    }

    [Theory]
    [InlineData("a + b = c", "unexpected '=': only a single name can be assigned, as in 'u = b*c'", 7)]
    [InlineData("u = v = 2", "unexpected '=': a statement assigns a single name, as in 'u = b*c'", 7)]
    [InlineData("a, b", "unexpected ',' outside a function's arguments; separate statements with ';' or a new line", 2)]
    [InlineData("(a, b)", "expected ')' to close '(' at column 1, but found ','", 3)]
    public void Parse_MisplacedPunctuation_Reports(string text, string message, int column)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Column().ShouldBe(column);
    }

    [Theory]
    [InlineData("sigmoud(x)", "sigmoid")]
    [InlineData("Exp(x)", "exp")]
    [InlineData("tahn(x)", "tanh")]
    [InlineData("leakyrelu(x)", "leaky_relu")]
    [InlineData("lg(x)", "log")]
    [InlineData("lm(x)", "ln")]
    [InlineData("sqr(x)", "sqrt")]
    public void Parse_MisspeltFunction_SuggestsTheClosest(string text, string suggestion)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe($"unknown function '{text[..text.IndexOf('(', StringComparison.Ordinal)]}'; did you mean '{suggestion}'?");
        diagnostic.Span.Start.ShouldBe(0);
    }

    [Theory]
    [InlineData("f(x)")]
    [InlineData("sin(x)")]
    [InlineData("softmax(x)")]
    public void Parse_UnknownFunctionFarFromAll_ListsTheFunctions(string text) =>
        SingleDiagnostic(text).Message.ShouldBe(
            $"unknown function '{text[..text.IndexOf('(', StringComparison.Ordinal)]}'; the functions are exp, log, ln, sqrt, tanh, sigmoid, erf, relu, abs, softplus, swish, gelu, leaky_relu, elu, sum, weighted_sum, half_squared_error; to multiply, write '{text[..text.IndexOf('(', StringComparison.Ordinal)]}*(...)'");

    [Fact]
    public void Parse_UnknownFunction_PointsAtItsName() =>
        SingleDiagnostic("1 + sigmoud(x)").Span.ShouldBe(new SourceSpan(4, 7));

    [Theory]
    [InlineData("exp()", "'exp' takes 1 argument, as in exp(x), but was given none")]
    [InlineData("exp(a, b)", "'exp' takes 1 argument, as in exp(x), but was given 2")]
    [InlineData("leaky_relu(a, b, c)", "'leaky_relu' takes 1 or 2 arguments, as in leaky_relu(x) or leaky_relu(x, slope), but was given 3")]
    [InlineData("weighted_sum(w, x)", "'weighted_sum' takes 3, 5, 7, … arguments, as in weighted_sum(w1, x1, w2, x2, …, b), but was given 2")]
    [InlineData("weighted_sum(w1, x1, w2, x2)", "'weighted_sum' takes 3, 5, 7, … arguments, as in weighted_sum(w1, x1, w2, x2, …, b), but was given 4")]
    [InlineData("sum()", "'sum' takes 1 or more arguments, as in sum(x1, x2, …), but was given none")]
    [InlineData("half_squared_error(o)", "'half_squared_error' takes 2 arguments, as in half_squared_error(out, target), but was given 1")]
    [InlineData("elu()", "'elu' takes 1 or 2 arguments, as in elu(x) or elu(x, alpha), but was given none")]
    public void Parse_WrongArgumentCount_ReportsTheAcceptedForms(string text, string message)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldBe(message);
        diagnostic.Span.ShouldBe(new SourceSpan(0, text.Length));
    }

    [Fact]
    public void Parse_FunctionNameWithoutParentheses_Reports()
    {
        var diagnostic = SingleDiagnostic("2*exp");

        diagnostic.Message.ShouldBe("'exp' is a function; call it with parentheses, as in 'exp(x)'");
        diagnostic.Column().ShouldBe(3);
    }

    [Fact]
    public void Parse_Diagnostic_FormatsWithCaretUnderTheToken() =>
        SingleDiagnostic("3*(a+b*c").Format("3*(a+b*c").ShouldBe(
            "error at column 9: expected ')' to close '(' at column 3\n  3*(a+b*c\n          ^");

    [Theory]
    [InlineData("a + @b")]
    [InlineData("((((")]
    [InlineData(")(")]
    [InlineData("exp(")]
    [InlineData("1e")]
    [InlineData("\r\n\r")]
    [InlineData("= ; = ,")]
    [InlineData("a = b = c = (")]
    public void Parse_BadInput_NeverThrows(string text) =>
        Should.NotThrow(() => ExpressionParser.Parse(text));
}
