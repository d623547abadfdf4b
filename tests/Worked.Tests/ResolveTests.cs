using Explainer.Graph;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>A run resolves quantity keys read by the one parser: text and key agree, a malformed key is a format error.</summary>
public sealed class ResolveTests
{
    private readonly RunCache _runs = new();

    [Fact]
    public void Resolve_Text_EqualsResolveOfTheParsedKey()
    {
        var run = _runs.Get("net-2-2-2", "frozen");

        run.Resolve("partial:out_o1/net_o1").ShouldBe(run.Resolve(QuantityKey.Partial("out_o1", "net_o1")));
        run.Resolve(QuantityKey.Update("w5")).Format(8).Text.ShouldBe("0.35891648");
    }

    [Fact]
    public void Resolve_MisspeltKind_ThrowsFormatExceptionWithSuggestion()
        => Should.Throw<FormatException>(() => _runs.Get("net-2-2-2", "frozen").Resolve("grd:w5")).Message
            .ShouldBe("'grd:w5' is not a quantity: unknown quantity kind 'grd'; did you mean 'grad'?");

    [Fact]
    public void Resolve_UpdateOfAnInput_ThrowsKeyNotFound()
        => Should.Throw<KeyNotFoundException>(() => _runs.Get("net-2-2-2", "frozen").Resolve(QuantityKey.Update("i1"))).Message
            .ShouldBe("net-2-2-2 does not update 'i1'");
}
