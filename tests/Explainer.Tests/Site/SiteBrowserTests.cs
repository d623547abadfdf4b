using System.Text.Json;

namespace Explainer.Tests.Site;

/// <summary>The built lesson-net-2-2-2.html in headless Chromium: MathML laid out, no TeX, offline, error-free, legible in light and dark.</summary>
public sealed class SiteBrowserTests(SiteBrowserFixture check) : IClassFixture<SiteBrowserFixture>
{
    private JsonElement Report => check.Report;

    [Fact]
    public void Page_HasMathElements()
    {
        Report.GetProperty("mathElements").GetInt32().ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Page_LaysOutEveryMathElement()
    {
        Report.GetProperty("mathElementsWithSize").GetInt32().ShouldBe(Report.GetProperty("mathElements").GetInt32());
    }

    [Fact]
    public void Page_ShowsNoRawTex()
    {
        Strings("rawTexSamples").ShouldBeEmpty();
    }

    [Fact]
    public void Page_LogsNoConsoleErrors()
    {
        Strings("consoleErrors").ShouldBeEmpty();
    }

    [Fact]
    public void Page_RequestsNothingButFilesAndDataUrls()
    {
        Strings("externalRequests").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void Screenshot_IsNotBlank(string scheme)
    {
        var shot = Report.GetProperty(scheme);

        shot.GetProperty("blank").GetBoolean().ShouldBeFalse($"{scheme}: {shot.GetProperty("distinctColours")} colours, ink {shot.GetProperty("inkFraction")}");
    }

    [Fact]
    public void BodyBackground_DiffersBetweenLightAndDark()
    {
        Colour("dark", "background").ShouldNotBe(Colour("light", "background"));
    }

    [Fact]
    public void BodyText_DiffersBetweenLightAndDark()
    {
        Colour("dark", "color").ShouldNotBe(Colour("light", "color"));
    }

    private string Colour(string scheme, string property) => Report.GetProperty(scheme).GetProperty(property).GetString()!;

    private string[] Strings(string name) => [.. Report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
