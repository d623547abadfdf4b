using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExpressionParserPrecedenceTests
{
    [Theory]
    [InlineData("a + b*c", "(a + (b * c))")]
    [InlineData("a*b + c", "((a * b) + c)")]
    [InlineData("3*(a+b*c)", "(3 * (a + (b * c)))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a/b/c", "((a / b) / c)")]
    [InlineData("a - b + c", "((a - b) + c)")]
    [InlineData("a/b*c", "((a / b) * c)")]
    [InlineData("a*b^c", "(a * (b ^ c))")]
    [InlineData("a^b*c", "((a ^ b) * c)")]
    public void Parse_BinaryOperators_GroupByPrecedenceThenLeftToRight(string text, string shape) =>
        Shape(ParseExpression(text)).ShouldBe(shape);

    [Theory]
    [InlineData("2^3^2", "(2 ^ (3 ^ 2))")]
    [InlineData("a^b^c^d", "(a ^ (b ^ (c ^ d)))")]
    [InlineData("(a^b)^c", "((a ^ b) ^ c)")]
    public void Parse_Power_IsRightAssociative(string text, string shape) =>
        Shape(ParseExpression(text)).ShouldBe(shape);

    [Theory]
    [InlineData("-2^2", "(-(2 ^ 2))")]
    [InlineData("-a*b", "((-a) * b)")]
    [InlineData("a*-b", "(a * (-b))")]
    [InlineData("-a + b", "((-a) + b)")]
    [InlineData("a - -b", "(a - (-b))")]
    [InlineData("--a", "(-(-a))")]
    [InlineData("+a", "(+a)")]
    [InlineData("2^-3", "(2 ^ (-3))")]
    [InlineData("2^-3^2", "(2 ^ (-(3 ^ 2)))")]
    [InlineData("-a^b^c", "(-(a ^ (b ^ c)))")]
    [InlineData("(-2)^2", "((-2) ^ 2)")]
    public void Parse_UnarySign_BindsLooserThanPowerAndTighterThanProduct(string text, string shape) =>
        Shape(ParseExpression(text)).ShouldBe(shape);

    [Theory]
    [InlineData("sigmoid(a*b + c)", "sigmoid(((a * b) + c))")]
    [InlineData("exp(x)^2", "(exp(x) ^ 2)")]
    [InlineData("-exp(-x)", "(-exp((-x)))")]
    [InlineData("leaky_relu(x, 0.01)", "leaky_relu(x, 0.01)")]
    [InlineData("elu(x - 1, alpha)", "elu((x - 1), alpha)")]
    [InlineData("tanh(tanh(x))", "tanh(tanh(x))")]
    public void Parse_Calls_GroupTheirArguments(string text, string shape) =>
        Shape(ParseExpression(text)).ShouldBe(shape);

    [Fact]
    public void Parse_Division_OfIntegersIsJustDivision() =>
        Shape(ParseExpression("3/7")).ShouldBe("(3 / 7)");

    [Fact]
    public void Parse_WhiteSpaceAndLineBreaksInsideParentheses_AreIgnored() =>
        Shape(ParseExpression("leaky_relu(\n  a +\n  b,\n  0.2\n)")).ShouldBe("leaky_relu((a + b), 0.2)");
}
