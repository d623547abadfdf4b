using Explainer.Diagnostics;

namespace Explainer.Tests.Diagnostics;

public sealed class SourceSpanTests
{
    [Fact]
    public void End_Span_IsStartPlusLength() =>
        new SourceSpan(3, 4).End.ShouldBe(7);

    [Fact]
    public void FromBounds_StartAndEnd_GivesLength() =>
        SourceSpan.FromBounds(2, 5).ShouldBe(new SourceSpan(2, 3));

    [Fact]
    public void FromBounds_EndBeforeStart_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => SourceSpan.FromBounds(5, 2));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Constructor_Negative_Throws(int start, int length) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new SourceSpan(start, length));

    [Fact]
    public void StartPosition_SecondLine_GivesLineAndColumn() =>
        new SourceSpan(6, 1).StartPosition("u = 1\nJ = u").ShouldBe(new SourcePosition(2, 1));
}
