using Explainer.Graph;

namespace Explainer.Tests.Graph;

/// <summary>The one reader and writer of quantity keys: every kind round-trips, every malformed key is refused with what and where.</summary>
public sealed class QuantityKeyTests
{
    [Theory]
    [InlineData("value:out_h1", QuantityKind.Value, "out_h1", null)]
    [InlineData("grad:w5", QuantityKind.Gradient, "w5", null)]
    [InlineData("partial:out_o1/net_o1", QuantityKind.Partial, "out_o1", "net_o1")]
    [InlineData("path:net_o1/out_h1", QuantityKind.Path, "net_o1", "out_h1")]
    [InlineData("update:w5", QuantityKind.Update, "w5", null)]
    [InlineData("value:E_total", QuantityKind.Value, "E_total", null)]
    [InlineData("grad:z⁽¹⁾₂", QuantityKind.Gradient, "z⁽¹⁾₂", null)]
    public void TryParse_EveryKind_ReadsKindNamesAndWritesTheSameText(string text, QuantityKind kind, string name, string? input)
    {
        QuantityKey.TryParse(text, out var key, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        key.Kind.ShouldBe(kind);
        key.Name.ShouldBe(name);
        key.Input.ShouldBe(input);
        key.ToString().ShouldBe(text);
    }

    [Fact]
    public void Factories_EveryKind_EqualTheParsedKey()
    {
        QuantityKey.Value("out_h1").ShouldBe(QuantityKey.Parse("value:out_h1"));
        QuantityKey.Gradient("w5").ShouldBe(QuantityKey.Parse("grad:w5"));
        QuantityKey.Partial("out_o1", "net_o1").ShouldBe(QuantityKey.Parse("partial:out_o1/net_o1"));
        QuantityKey.Path("net_o1", "out_h1").ShouldBe(QuantityKey.Parse("path:net_o1/out_h1"));
        QuantityKey.Update("w5").ShouldBe(QuantityKey.Parse("update:w5"));
    }

    [Fact]
    public void Equality_SameKindDifferentEdgeDirection_IsNotEqual()
        => QuantityKey.Partial("a", "b").ShouldNotBe(QuantityKey.Partial("b", "a"));

    [Fact]
    public void Equality_SameNameDifferentKind_IsNotEqual()
        => QuantityKey.Value("w5").ShouldNotBe(QuantityKey.Update("w5"));

    [Theory]
    [InlineData("", "empty quantity; write value:NAME, grad:NAME, partial:OF/BY, path:OF/BY or update:NAME", 0, 0)]
    [InlineData("out_h1", "quantity 'out_h1' has no kind; write value:NAME, grad:NAME, partial:OF/BY, path:OF/BY or update:NAME", 0, 0)]
    [InlineData(":w5", "quantity ':w5' has no kind before ':'; write value:NAME, grad:NAME, partial:OF/BY, path:OF/BY or update:NAME", 0, 0)]
    [InlineData("grd:w5", "unknown quantity kind 'grd'; did you mean 'grad'?", 0, 3)]
    [InlineData("Value:w5", "unknown quantity kind 'Value'; did you mean 'value'?", 0, 5)]
    [InlineData("updte:w5", "unknown quantity kind 'updte'; did you mean 'update'?", 0, 5)]
    [InlineData("gradient:w5", "unknown quantity kind 'gradient'; use value, grad, partial, path or update", 0, 8)]
    [InlineData("grad:", "a node name is missing; write grad:NAME", 5, 0)]
    [InlineData("grad:a/b", "'grad' names one node, not an edge; write grad:NAME", 6, 1)]
    [InlineData("update:w5/w6", "'update' names one node, not an edge; write update:NAME", 9, 1)]
    [InlineData("partial:out_o1", "'partial' names an edge, two nodes; write partial:OF/BY", 14, 0)]
    [InlineData("path:net_o1", "'path' names an edge, two nodes; write path:OF/BY", 11, 0)]
    [InlineData("partial:/net_o1", "a node name is missing; write partial:OF/BY", 8, 0)]
    [InlineData("partial:out_o1/", "a node name is missing; write partial:OF/BY", 15, 0)]
    [InlineData("partial:a/b/c", "node name 'b/c' contains '/'; write partial:OF/BY", 11, 1)]
    [InlineData("value:a:b", "node name 'a:b' contains ':'; write value:NAME", 7, 1)]
    [InlineData("value: w5", "node name ' w5' contains white space; write value:NAME", 6, 1)]
    [InlineData("value:w5 ", "node name 'w5 ' contains white space; write value:NAME", 8, 1)]
    public void TryParse_Malformed_RefusesWithMessageAndSpan(string text, string message, int start, int length)
    {
        QuantityKey.TryParse(text, out var key, out var error).ShouldBeFalse();

        key.ShouldBe(default);
        error.ShouldNotBeNull();
        error.Message.ShouldBe(message);
        error.Span.Start.ShouldBe(start);
        error.Span.Length.ShouldBe(length);
    }

    [Fact]
    public void TryParse_Null_RefusesAsEmpty()
    {
        QuantityKey.TryParse(null, out _, out var error).ShouldBeFalse();

        error!.Message.ShouldStartWith("empty quantity;");
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheText()
        => Should.Throw<FormatException>(() => QuantityKey.Parse("grd:w5")).Message
            .ShouldBe("'grd:w5' is not a quantity: unknown quantity kind 'grd'; did you mean 'grad'?");

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("a b")]
    public void Value_InvalidName_Throws(string name)
        => Should.Throw<ArgumentException>(() => QuantityKey.Value(name));

    [Fact]
    public void Partial_InvalidInput_ThrowsNamingTheParameter()
        => Should.Throw<ArgumentException>(() => QuantityKey.Partial("out_o1", "x/y")).ParamName.ShouldBe("input");

    [Theory]
    [InlineData(QuantityKind.Value, "value")]
    [InlineData(QuantityKind.Gradient, "grad")]
    [InlineData(QuantityKind.Partial, "partial")]
    [InlineData(QuantityKind.Path, "path")]
    [InlineData(QuantityKind.Update, "update")]
    public void KindName_EveryKind_IsTheTextOfTheKey(QuantityKind kind, string name)
        => QuantityKey.KindName(kind).ShouldBe(name);

    [Fact]
    public void KindName_OutOfRange_Throws()
        => Should.Throw<ArgumentOutOfRangeException>(() => QuantityKey.KindName((QuantityKind)99));

    [Fact]
    public void IsEdge_IsTrueOnlyForPartialAndPath()
    {
        QuantityKey.Partial("a", "b").IsEdge.ShouldBeTrue();
        QuantityKey.Path("a", "b").IsEdge.ShouldBeTrue();
        QuantityKey.Value("a").IsEdge.ShouldBeFalse();
        QuantityKey.Gradient("a").IsEdge.ShouldBeFalse();
        QuantityKey.Update("a").IsEdge.ShouldBeFalse();
    }

    [Fact]
    public void ToString_Default_IsEmpty() => default(QuantityKey).ToString().ShouldBe(string.Empty);
}
