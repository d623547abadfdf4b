using Explainer.Expressions;
using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

/// <summary>Inputs far larger than any lesson, to show that parsing and tree walks never overflow the stack.</summary>
public sealed class ExpressionParserDepthTests
{
    private const int Terms = 100_000;

    private static readonly string LongSum = string.Join("+", Enumerable.Repeat("1", Terms));

    [Fact]
    public void Parse_HundredThousandTermSum_ParsesAsLeftDeepChain()
    {
        var root = ParseExpression(LongSum);

        root.PostOrder().Count().ShouldBe((2 * Terms) - 1);
        root.ShouldBeOfType<Binary>().Right.ShouldBeOfType<NumberLiteral>().Span.Start.ShouldBe(LongSum.Length - 1);
    }

    [Fact]
    public void Parse_MillionTermSum_IsRefused_NamingTheLimit()
    {
        var result = ExpressionParser.Parse(string.Join("+", Enumerable.Repeat("x", 1_000_000)));

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Single().Message.ShouldBe("the input has 2,000,000 tokens (numbers, names, operators); the limit is 250,000, about 125,000 terms");
    }

    [Fact]
    public void Parse_TextLongerThanTheLimit_IsRefusedBeforeLexing()
    {
        var result = ExpressionParser.Parse(new string(' ', ExpressionParser.MaxLength + 1));

        result.Diagnostics.Single().Message.ShouldBe("the input is 4,194,305 characters long; the limit is 4,194,304");
    }

    [Fact]
    public void Print_HundredThousandTermSum_WritesItBack() =>
        ParseExpression(LongSum).ToString().ShouldBe(LongSum.Replace("+", " + ", StringComparison.Ordinal));

    [Fact]
    public void Equals_TwoHundredThousandTermSums_AreEqualAndHashAlike()
    {
        var first = ParseExpression(LongSum);
        var second = ParseExpression(LongSum);

        first.Equals(second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
        first.IsEquivalentTo(second).ShouldBeTrue();
    }

    [Fact]
    public void Equals_LongSumsDifferingInTheFirstTerm_AreNotEqual()
    {
        var first = ParseExpression(LongSum);
        var second = ParseExpression("2" + LongSum[1..]);

        first.Equals(second).ShouldBeFalse();
        first.IsEquivalentTo(second).ShouldBeFalse();
    }

    [Fact]
    public void Parse_HundredThousandFactorProduct_ParsesWithLoops() =>
        ParseExpression(string.Join("*", Enumerable.Repeat("x", Terms))).PostOrder().Count().ShouldBe((2 * Terms) - 1);

    [Fact]
    public void Parse_HundredThousandSigns_ParsesAndPrintsBack()
    {
        var text = new string('-', Terms) + "x";

        var root = ParseExpression(text);

        root.PostOrder().Count().ShouldBe(Terms + 1);
        root.ToString().ShouldBe(text);
    }

    [Fact]
    public void Parse_HundredThousandPowers_IsRightDeepAndRoundTrips()
    {
        var text = string.Join("^", Enumerable.Repeat("2", Terms));

        var root = ParseExpression(text);

        root.ShouldBeOfType<Binary>().Left.ShouldBeOfType<NumberLiteral>().Span.Start.ShouldBe(0);
        root.ToString().ShouldBe(text);
    }

    [Fact]
    public void Parse_TenThousandNestedParentheses_ReportsTooDeep()
    {
        var text = new string('(', 10_000) + "1" + new string(')', 10_000);

        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldStartWith("expression is nested too deeply (more than 256 levels)");
        diagnostic.Column().ShouldBe(ExpressionParser.MaxNestingDepth + 1);
    }

    [Fact]
    public void Parse_TenThousandNestedCalls_ReportsTooDeep()
    {
        var text = string.Concat(Enumerable.Repeat("exp(", 10_000)) + "x" + new string(')', 10_000);

        SingleDiagnostic(text).Message.ShouldStartWith("expression is nested too deeply");
    }

    [Fact]
    public void Parse_TenThousandUnclosedParentheses_ReportsTooDeep() =>
        SingleDiagnostic(new string('(', 10_000)).Message.ShouldStartWith("expression is nested too deeply");

    [Fact]
    public void Parse_NestingAtTheCap_Parses()
    {
        var depth = ExpressionParser.MaxNestingDepth;

        var root = ParseExpression(new string('(', depth) + "x" + new string(')', depth));

        root.ShouldBe(new NameRef("x", new Explainer.Diagnostics.SourceSpan(0, (2 * depth) + 1)));
    }

    [Fact]
    public void Parse_TooDeepStatement_StillChecksTheNextOne()
    {
        var text = new string('(', 1_000) + "1" + new string(')', 1_000) + "\nJ = sigmoud(x)";

        ExpressionParser.Parse(text).Diagnostics.Count.ShouldBe(2);
    }
}
