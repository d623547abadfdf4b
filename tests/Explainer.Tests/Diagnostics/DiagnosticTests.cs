using Explainer.Diagnostics;

namespace Explainer.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Format_OneLineSource_SaysColumnAndUnderlinesTheSpan() =>
        new Diagnostic("unknown function 'sigmoud'; did you mean 'sigmoid'?", new SourceSpan(4, 7))
            .Format("1 + sigmoud(x)")
            .ShouldBe("error at column 5: unknown function 'sigmoud'; did you mean 'sigmoid'?\n  1 + sigmoud(x)\n      ^^^^^^^");

    [Fact]
    public void Format_MultiLineSource_SaysLineColonColumnAndShowsThatLine() =>
        new Diagnostic("missing operator", new SourceSpan(12, 1))
            .Format("u = a*b\nv = 2 u\nJ = v")
            .ShouldBe("error at 2:5: missing operator\n  v = 2 u\n      ^");

    [Fact]
    public void Format_WithSourceName_PrefixesIt() =>
        new Diagnostic("bad", new SourceSpan(0, 1))
            .Format("x", "net.yaml")
            .ShouldStartWith("error at net.yaml:1:1: bad\n");

    [Fact]
    public void Format_EmptySpanAtEnd_PutsCaretPastTheLastCharacter() =>
        new Diagnostic("unexpected end of input", new SourceSpan(3, 0))
            .Format("a +")
            .ShouldEndWith("\n  a +\n     ^");

    [Fact]
    public void Format_TabsBeforeTheSpan_StayTabsInTheCaretLine() =>
        new Diagnostic("bad", new SourceSpan(2, 1)).Format("\ta@").ShouldEndWith("\n  \ta@\n  \t ^");

    [Fact]
    public void Format_SpanRunningPastTheLine_UnderlinesToLineEnd() =>
        new Diagnostic("bad", new SourceSpan(2, 5)).Format("ab(c\nd)").ShouldEndWith("\n  ab(c\n    ^^");

    [Fact]
    public void Format_VeryLongLine_ShowsAWindowAroundTheSpan()
    {
        var source = new string('a', 1_000) + "@" + new string('b', 1_000);

        var lines = new Diagnostic("bad", new SourceSpan(1_000, 1)).Format(source).Split('\n');

        lines[1].ShouldBe("  ..." + new string('a', 40) + "@" + new string('b', 59) + "...");
        lines[2].ShouldBe(new string(' ', 2 + 3 + 40) + "^");
    }

    [Fact]
    public void Format_SpanOutsideSource_Throws() =>
        Should.Throw<ArgumentException>(() => new Diagnostic("bad", new SourceSpan(3, 2)).Format("abc"));

    [Fact]
    public void Constructor_BlankMessage_Throws() =>
        Should.Throw<ArgumentException>(() => new Diagnostic(" ", default));
}
