using Explainer.Diagnostics;
using Explainer.Expressions;
using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExpressionParserLiteralTests
{
    [Theory]
    [InlineData("0.15")]
    [InlineData(".5")]
    [InlineData("15.")]
    [InlineData("1e-3")]
    [InlineData("2.5E+2")]
    [InlineData("007")]
    [InlineData("0.1000")]
    [InlineData("123456789012345678901234567890.000000000000000000001")]
    public void Parse_NumberLiteral_KeepsTextVerbatim(string text) =>
        ParseExpression(text).ShouldBeOfType<NumberLiteral>().Text.ShouldBe(text);

    [Fact]
    public void Parse_NumberLiteral_SpanCoversTheLiteral() =>
        ParseExpression("  2.5E+2 ").Span.ShouldBe(new SourceSpan(2, 6));

    [Fact]
    public void Parse_ExponentWithoutDigits_IsNotPartOfTheNumber() =>
        SingleDiagnostic("2e").Message.ShouldBe("missing operator between '2' and 'e'; to multiply, write '2*e'");

    [Theory]
    [InlineData("w_5")]
    [InlineData("out_h1")]
    [InlineData("E_total")]
    [InlineData("_x")]
    [InlineData("η")]
    public void Parse_Identifier_BecomesNameRef(string text) =>
        ParseExpression(text).ShouldBeOfType<NameRef>().Name.ShouldBe(text);

    [Theory]
    [InlineData("pi")]
    [InlineData("e")]
    public void Parse_Constant_IsANameRef(string text) =>
        ParseExpression(text).ShouldBeOfType<NameRef>().Name.ShouldBe(text);

    [Fact]
    public void Parse_ParenthesizedOperand_SpanIncludesTheParentheses() =>
        ParseExpression("2*(a + b)").ShouldBeOfType<Binary>().Right.Span.ShouldBe(new SourceSpan(2, 7));

    [Fact]
    public void Parse_Call_SpanRunsFromNameToClosingParenthesis() =>
        ParseExpression("1 + exp( x )").ShouldBeOfType<Binary>().Right.Span.ShouldBe(new SourceSpan(4, 8));

    [Fact]
    public void Parse_Unary_SpanStartsAtTheSign() =>
        ParseExpression("a*-b").ShouldBeOfType<Binary>().Right.Span.ShouldBe(new SourceSpan(2, 2));
}
