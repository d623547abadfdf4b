using Explainer.Diagnostics;
using Explainer.Expressions;
using static Explainer.Tests.Expressions.Trees;

namespace Explainer.Tests.Expressions;

public sealed class ExprTests
{
    [Fact]
    public void PostOrder_Tree_VisitsChildrenBeforeParentsLeftToRight() =>
        ParseExpression("a*b + elu(c, -d)^2").PostOrder().Select(Label)
            .ShouldBe(["a", "b", "*", "c", "d", "-d", "elu", "2", "^", "+"]);

    [Fact]
    public void PostOrder_Leaf_IsJustTheLeaf() =>
        ParseExpression("x").PostOrder().ShouldHaveSingleItem().ShouldBeOfType<NameRef>();

    [Fact]
    public void Equals_SameTextAtDifferentOffsets_IsFalse() =>
        ParseExpression("a + b").Equals(ParseExpression(" a + b")).ShouldBeFalse();

    [Fact]
    public void IsEquivalentTo_SameStructureAtDifferentOffsets_IsTrue() =>
        ParseExpression("a + b").IsEquivalentTo(ParseExpression(" (a) +  b")).ShouldBeTrue();

    [Theory]
    [InlineData("a + b", "a - b")]
    [InlineData("a + b", "a + c")]
    [InlineData("1.0", "1")]
    [InlineData("-a", "+a")]
    [InlineData("exp(a)", "tanh(a)")]
    [InlineData("elu(a)", "elu(a, 1)")]
    [InlineData("a", "1")]
    public void IsEquivalentTo_DifferentTrees_IsFalse(string first, string second) =>
        ParseExpression(first).IsEquivalentTo(ParseExpression(second)).ShouldBeFalse();

    [Fact]
    public void Equals_NodesBuiltByHand_ComparesStructureAndSpans()
    {
        var span = new SourceSpan(0, 3);
        Expr first = new Binary(BinaryOperator.Add, new NameRef("a", new(0, 1)), new NumberLiteral("1", new(2, 1)), span);
        Expr second = new Binary(BinaryOperator.Add, new NameRef("a", new(0, 1)), new NumberLiteral("1", new(2, 1)), span);

        first.ShouldBe(second);
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void With_NewSpan_KeepsHashConsistentWithEquality()
    {
        var node = ParseExpression("a*b");
        var moved = node with { Span = new SourceSpan(10, 3) };
        var built = new Binary(BinaryOperator.Multiply, new NameRef("a", new(0, 1)), new NameRef("b", new(2, 1)), new SourceSpan(10, 3));

        moved.ShouldBe(built);
        moved.GetHashCode().ShouldBe(built.GetHashCode());
    }

    [Fact]
    public void Call_ArgumentsList_IsACopy()
    {
        var arguments = new List<Expr> { new NameRef("x", default) };
        var call = new Call("exp", arguments, default);

        arguments.Clear();

        call.Arguments.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.2.3")]
    [InlineData("e5")]
    [InlineData("")]
    public void NumberLiteral_InvalidText_Throws(string text) =>
        Should.Throw<ArgumentException>(() => new NumberLiteral(text, default));

    [Theory]
    [InlineData("5w")]
    [InlineData("a b")]
    [InlineData("")]
    public void NameRef_InvalidName_Throws(string name) =>
        Should.Throw<ArgumentException>(() => new NameRef(name, default));

    [Fact]
    public void Binary_NullOperand_Throws() =>
        Should.Throw<ArgumentNullException>(() => new Binary(BinaryOperator.Add, null!, new NameRef("a", default), default));

    [Fact]
    public void Unary_UndefinedOperator_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Unary((UnaryOperator)7, new NameRef("a", default), default));

    [Fact]
    public void ExpressionProgram_NoStatements_Throws() =>
        Should.Throw<ArgumentException>(() => new ExpressionProgram([]));

    private static string Label(Expr node) => node switch
    {
        NumberLiteral literal => literal.Text,
        NameRef reference => reference.Name,
        Unary unary => unary.ToString(),
        Binary binary => binary.Op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Multiply => "*",
            _ => "^",
        },
        Call call => call.Function,
        _ => "?",
    };
}
