namespace Explainer.Tests.Lessons;

/// <summary>How displayed values become TeX inside formulas.</summary>
public sealed class TexOfTextTests
{
    [Theory]
    [InlineData("0.25", "0.25")]
    [InlineData("2.060872919e-9", @"2.060872919 \times 10^{-9}")]
    [InlineData("-4.5e+12", @"-4.5 \times 10^{12}")]
    [InlineData("[-8.74e-284, 3.27e-284]", @"\left[-8.74 \times 10^{-284},\ 3.27 \times 10^{-284}\right]")]
    public void Converts(string text, string tex) => Explainer.Numbers.DisplayOptions.TexOfText(text).ShouldBe(tex);
}
