using Explainer.Diagnostics;

namespace Explainer.Tests.Diagnostics;

public sealed class SourcePositionTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 5, 2, 2)]
    [InlineData("ab\rcd", 4, 2, 2)]
    [InlineData("\n\n\nx", 3, 4, 1)]
    public void FromOffset_Offset_GivesOneBasedLineAndColumn(string text, int offset, int line, int column) =>
        SourcePosition.FromOffset(text, offset).ShouldBe(new SourcePosition(line, column));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void FromOffset_OutsideText_Throws(int offset) =>
        Should.Throw<ArgumentOutOfRangeException>(() => SourcePosition.FromOffset("abc", offset));

    [Fact]
    public void ToString_Position_IsLineColonColumn() =>
        new SourcePosition(2, 5).ToString().ShouldBe("2:5");
}
