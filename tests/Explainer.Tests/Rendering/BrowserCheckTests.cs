using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Explainer.Tests.Rendering;

/// <summary>A static MathML page as headless Chromium shows it: offline, error-free, legible in light and dark.</summary>
public sealed partial class BrowserCheckTests(BrowserCheckFixture check) : IClassFixture<BrowserCheckFixture>
{
    private JsonElement Report => check.Report;

    [Fact]
    public void Page_LogsNoConsoleErrors()
    {
        Strings("consoleErrors").ShouldBeEmpty();
    }

    [Fact]
    public void Page_RequestsNothingOffTheMachine()
    {
        Strings("externalRequests").ShouldBeEmpty();
    }

    [Fact]
    public void Page_LaysOutEveryMathElement()
    {
        (Report.GetProperty("mathElements").GetInt32(), Report.GetProperty("mathElementsWithSize").GetInt32()).ShouldBe((4, 4));
    }

    [Fact]
    public void Page_ShowsNoRawTex()
    {
        Strings("rawTexSamples").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void Screenshot_IsNotBlank(string scheme)
    {
        var shot = Report.GetProperty(scheme);

        shot.GetProperty("blank").GetBoolean().ShouldBeFalse($"{scheme}: {shot.GetProperty("distinctColours")} colours, ink {shot.GetProperty("inkFraction")}");
        File.Exists(Path.Combine(check.ScreenshotDirectory, $"{scheme}.png")).ShouldBeTrue();
    }

    [Fact]
    public void LightScheme_PutsDarkTextOnLightBackground()
    {
        var (background, text) = Colours("light");

        background.ShouldBeGreaterThan(text + 0.5);
    }

    [Fact]
    public void DarkScheme_PutsLightTextOnDarkBackground()
    {
        var (background, text) = Colours("dark");

        text.ShouldBeGreaterThan(background + 0.5);
    }

    private string[] Strings(string name) =>
        [.. Report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The relative luminance (0 black, 1 white) of body's background and text colour.</summary>
    private (double Background, double Text) Colours(string scheme)
    {
        var colours = Report.GetProperty(scheme);
        return (Luminance(colours.GetProperty("background").GetString()!), Luminance(colours.GetProperty("color").GetString()!));
    }

    private static double Luminance(string cssColour)
    {
        var match = RgbPattern().Match(cssColour);
        match.Success.ShouldBeTrue($"not an opaque rgb() colour: {cssColour}");
        double Channel(int group)
        {
            var c = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"^rgb\((\d+), (\d+), (\d+)\)$")]
    private static partial Regex RgbPattern();
}
