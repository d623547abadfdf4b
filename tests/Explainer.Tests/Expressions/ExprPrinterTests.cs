using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExprPrinterTests
{
    public static TheoryData<string, string> Printed => new()
    {
        { "3*(a+b*c)", "3*(a + b*c)" },
        { "((a))", "a" },
        { "(a*b)+c", "a*b + c" },
        { "a-(b-c)", "a - (b - c)" },
        { "a-(b+c)", "a - (b + c)" },
        { "(a-b)-c", "a - b - c" },
        { "a+(b+c)", "a + (b + c)" },
        { "a/(b*c)", "a/(b*c)" },
        { "a/(b/c)", "a/(b/c)" },
        { "(a/b)*c", "a/b*c" },
        { "2^(3^2)", "2^3^2" },
        { "(2^3)^2", "(2^3)^2" },
        { "(-2)^2", "(-2)^2" },
        { "-(2^2)", "-2^2" },
        { "-(a*b)", "-(a*b)" },
        { "(-a)*b", "-a*b" },
        { "a*(-b)", "a*-b" },
        { "a-(-b)", "a - -b" },
        { "-(-a)", "--a" },
        { "+a", "+a" },
        { "2^(-3)", "2^-3" },
        { "2^(-(3^2))", "2^-3^2" },
        { "(2^-3)^2", "(2^-3)^2" },
        { "2^(a+b)", "2^(a + b)" },
        { "2^(a*b)", "2^(a*b)" },
        { "exp(x)^2", "exp(x)^2" },
        { "(exp(x))^(2)", "exp(x)^2" },
        { "leaky_relu( x ,0.01 )", "leaky_relu(x, 0.01)" },
        { "sigmoid(w_5*out_h1 + b_2)", "sigmoid(w_5*out_h1 + b_2)" },
        { "1e-3*2.5E+2 + .5 - 15.", "1e-3*2.5E+2 + .5 - 15." },
        { "0.5*(target_o1 - out_o1)^2", "0.5*(target_o1 - out_o1)^2" },
        { "-(a+b)^2", "-(a + b)^2" },
        { "(a+b)/(c-d)", "(a + b)/(c - d)" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void ToString_Expression_UsesMinimalParentheses(string text, string printed) =>
        ParseExpression(text).ToString().ShouldBe(printed);

    [Theory]
    [MemberData(nameof(Printed))]
    public void ToString_Expression_ParsesBackToAnEquivalentTree(string text, string printed)
    {
        var tree = ParseExpression(text);

        ParseExpression(tree.ToString()).IsEquivalentTo(tree).ShouldBeTrue(printed);
    }

    [Fact]
    public void ToString_Printed_IsAFixedPoint()
    {
        foreach (var row in Printed)
        {
            var printed = row.Data.Item2;
            ParseExpression(printed).ToString().ShouldBe(printed);
        }
    }
}
