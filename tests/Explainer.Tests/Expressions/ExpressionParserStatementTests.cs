using Explainer.Diagnostics;
using Explainer.Expressions;
using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExpressionParserStatementTests
{
    [Fact]
    public void Parse_StatementsSeparatedBySemicolons_KeepsTheirOrder() =>
        ParseProgram("u = b*c; v = a + u; J = 3*v").Statements.Select(s => s.Target).ShouldBe(["u", "v", "J"]);

    [Fact]
    public void Parse_StatementsOnSeparateLines_KeepsTheirOrder() =>
        ParseProgram("u = b*c\r\nv = a + u\n\nJ = 3*v\n").Statements.Select(s => s.ToString()).ShouldBe(["u = b*c", "v = a + u", "J = 3*v"]);

    [Fact]
    public void Parse_Program_OutputIsTheLastStatement() =>
        ParseProgram("u = b*c; J = 3*u;").Output.Target.ShouldBe("J");

    [Fact]
    public void Parse_Assignment_RecordsTargetSpan() =>
        ParseProgram("u = 1;  out_h1 = u").Output.TargetSpan.ShouldBe(new SourceSpan(8, 6));

    [Fact]
    public void Parse_BareExpression_IsOneStatementWithoutTarget()
    {
        var statement = ParseProgram("  a + b").Statements.ShouldHaveSingleItem();

        statement.ShouldBe(new Statement(null, new SourceSpan(2, 0), statement.Value));
    }

    [Fact]
    public void Parse_BareExpressionLast_IsTheOutput() =>
        ParseProgram("u = a*b; 3*u").Output.Target.ShouldBeNull();

    [Fact]
    public void Parse_Program_PrintsAsSource() =>
        ParseProgram("u=b*c\nv=a+u").ToString().ShouldBe("u = b*c; v = a + u");

    [Fact]
    public void Parse_SameTextTwice_GivesEqualPrograms() =>
        ParseProgram("u = b*c; J = exp(u)").ShouldBe(ParseProgram("u = b*c; J = exp(u)"));

    [Fact]
    public void Parse_Reassignment_ReportsSecondTarget()
    {
        var diagnostic = SingleDiagnostic("u = a; u = b");

        diagnostic.Message.ShouldBe("'u' is already assigned at column 1; each name can be assigned only once, so choose a new name");
        diagnostic.Span.ShouldBe(new SourceSpan(7, 1));
    }

    [Theory]
    [InlineData("pi = 3")]
    [InlineData("e = 2.718")]
    public void Parse_AssigningConstant_Reports(string text) =>
        SingleDiagnostic(text).Message.ShouldEndWith("is a constant and cannot be assigned; choose another name");

    [Fact]
    public void Parse_AssigningFunctionName_Reports()
    {
        var diagnostic = SingleDiagnostic("x = 1; exp = 2*x");

        diagnostic.Message.ShouldBe("'exp' is a function and cannot be assigned; choose another name");
        diagnostic.Column().ShouldBe(8);
    }

    [Fact]
    public void Parse_StatementAfterBareExpression_ReportsTheBareExpression()
    {
        var diagnostic = SingleDiagnostic("a + b; J = 2");

        diagnostic.Message.ShouldStartWith("only the last statement can be a bare expression");
        diagnostic.Span.ShouldBe(new SourceSpan(0, 5));
    }

    [Fact]
    public void Parse_NameUsedBeforeItIsAssigned_Reports()
    {
        var diagnostic = SingleDiagnostic("v = u + 1; u = 2");

        diagnostic.Message.ShouldBe("'u' is used at column 5 before it is assigned; assign it before its first use or choose another name");
        diagnostic.Column().ShouldBe(12);
    }

    [Fact]
    public void Parse_NameUsedInItsOwnDefinition_Reports() =>
        SingleDiagnostic("u = u + 1").Message.ShouldStartWith("'u' is used at column 5 before it is assigned");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";\n;")]
    public void Parse_NothingToParse_ReportsEmptyInput(string text)
    {
        var diagnostic = SingleDiagnostic(text);

        diagnostic.Message.ShouldStartWith("empty input: write an expression");
        diagnostic.Span.ShouldBe(new SourceSpan(0, 0));
    }

    [Fact]
    public void Parse_ErrorsInSeveralStatements_ReportsEachInSourceOrder()
    {
        var result = ExpressionParser.Parse("u = (a +\n b; v = 2 3\nw = sigmoud(v)");

        result.Diagnostics.Select(d => d.Message[..12]).ShouldBe(["expected ')'", "missing oper", "unknown func"]);
    }

    [Fact]
    public void Parse_ErrorInsideMultiLineParentheses_ResumesAfterThem()
    {
        var result = ExpressionParser.Parse("u = f(a b,\n c)\nv = 2 +");

        result.Diagnostics.Select(d => d.Message[..12]).ShouldBe(["missing oper", "unexpected e"]);
    }
}
