namespace Explainer.Tests.Site;

/// <summary>Nothing cut off at any width or on paper, and nothing axe-core calls a violation, on any page of the built course (issue 13, item 4).</summary>
public sealed class LayoutTests(LayoutFixture site) : IClassFixture<LayoutFixture>
{
    [Theory]
    [InlineData(1280, "light", "screen")]
    [InlineData(1280, "dark", "screen")]
    [InlineData(390, "light", "screen")]
    [InlineData(390, "dark", "screen")]
    [InlineData(703, "light", "print")]
    public void NoEquationTableOrFigure_IsWiderThanItsRoom(int width, string scheme, string media)
    {
        var modes = Modes(width, scheme, media);

        modes.SelectMany(m => m.Overflows.Select(o => $"{m.Page}: {o}")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1280, "light", "screen")]
    [InlineData(1280, "dark", "screen")]
    [InlineData(390, "light", "screen")]
    [InlineData(390, "dark", "screen")]
    [InlineData(703, "light", "print")]
    public void EveryStepsFinalValue_IsInsideTheViewport(int width, string scheme, string media)
    {
        var modes = Modes(width, scheme, media);

        modes.Sum(m => m.Steps).ShouldBeGreaterThan(200, "the lessons have their steps");
        modes.SelectMany(m => m.HiddenResults.Select(h => $"{m.Page}: {h}")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1280, "screen")]
    [InlineData(390, "screen")]
    [InlineData(703, "print")]
    public void NoPage_ScrollsSideways(int width, string media)
    {
        site.Modes.Where(m => m.Width == width && m.Media == media && m.PageScroll).Select(m => m.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void TheColumn_UsesTheWidthTheScreenHas()
    {
        // 1280 px less the 16 rem sidebar and 2 rem of padding each side: 960 px (it was a 768 px column beside empty space).
        Modes(1280, "light", "screen").Select(m => m.Column).Distinct().ShouldBe([960]);
        Modes(390, "light", "screen").Select(m => m.Column).Distinct().ShouldBe([366]);
    }

    [Fact]
    public void AxeCore_FindsNoViolation_OnAnyPage()
    {
        site.Pages.Count.ShouldBeGreaterThan(30, "both languages' lessons, worksheets, index, errata, search and 404");
        site.Violations.Select(v => v.ToString()).ShouldBeEmpty();
    }

    private List<Rendering.LayoutCheck.Mode> Modes(int width, string scheme, string media)
    {
        var modes = site.Modes.Where(m => m.Width == width && m.Scheme == scheme && m.Media == media).ToList();
        modes.Count.ShouldBeGreaterThanOrEqualTo(28, "every lesson and worksheet in both languages");
        return modes;
    }
}
