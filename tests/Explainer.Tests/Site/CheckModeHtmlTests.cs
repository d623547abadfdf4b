using System.Text.Json;
using Explainer.Checking;
using Explainer.Lessons;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary>The "check your numbers" data of lesson-net-2-2-2.html as the page's script reads it, and the page as it is without the script.</summary>
[Collection(BuiltSiteGroup.Name)]
public sealed class CheckModeHtmlTests(BuiltSiteFixture site)
{
    private readonly HtmlPage _page = new(site.Read("lesson-net-2-2-2.html"));

    private JsonElement Key => JsonDocument.Parse(_page.Document.GetElementById("answer-key")!.TextContent).RootElement;

    [Fact]
    public void AnswerKey_IsAJsonScriptElement()
    {
        _page.Document.GetElementById("answer-key")!.GetAttribute("type").ShouldBe("application/json");
    }

    [Fact]
    public void AnswerKey_GradientOfW5_HasItsQuantityAndTwentyDigits()
    {
        var w5 = Step("backward-w5");

        (w5.GetProperty("quantity").GetString(), w5.GetProperty("exact").GetString()).ShouldBe(("grad:w5", "0.082167040564230778846"));
    }

    [Fact]
    public void AnswerKey_GradientOfW5_SignMistakeIsTheNegatedValue()
    {
        var w5 = Step("backward-w5");

        w5.GetProperty("mistakes").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "sign").GetProperty("value").GetString()
            .ShouldBe("-" + w5.GetProperty("exact").GetString());
    }

    [Fact]
    public void AnswerKey_NamesEachMistakeOnceWithItsExplanation()
    {
        var sign = Key.GetProperty("mistakes").GetProperty("sign");

        (sign.GetProperty("title").GetString(), sign.GetProperty("explanation").GetString(), sign.GetProperty("verdict").GetString())
            .ShouldBe((MistakeCatalogue.Sign.Title, MistakeCatalogue.Sign.Explanation, "wrong"));
    }

    [Fact]
    public void AnswerKey_EveryStepMistakeIsDescribed()
    {
        var described = Key.GetProperty("mistakes").EnumerateObject().Select(p => p.Name).ToHashSet();

        Key.GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("mistakes").EnumerateArray()).Select(m => m.GetProperty("id").GetString()!)
            .Where(id => !described.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void AnswerKey_RoundedEarlyIsARoundingVerdict()
    {
        Key.GetProperty("mistakes").GetProperty(MistakeCatalogue.RoundedEarly.Id).GetProperty("verdict").GetString().ShouldBe("rounding");
    }

    [Fact]
    public void AnswerKey_HasEveryComputedStepOfTheLesson_InOrder()
    {
        var lesson = Explainer.Tests.Lessons.LessonRuns.Build("net-2-2-2").Lesson;

        Key.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("anchor").GetString()).ShouldBe(lesson.Steps.Where(s => !s.IsGiven).Select(s => s.Anchor));
    }

    [Fact]
    public void AnswerKey_EveryAnchorIsAnElementOfThePage()
    {
        Key.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("anchor").GetString()!).Where(a => _page.Document.GetElementById(a) is null).ShouldBeEmpty();
    }

    [Fact]
    public void AnswerKey_ZeroToleranceIsTheMarkers()
    {
        Key.GetProperty("zeroTolerance").GetString().ShouldBe(StepAnswer.ZeroTolerance);
        Marker.ZeroTolerance.Equals(Explainer.Numbers.Real.Parse(StepAnswer.ZeroTolerance)).ShouldBeTrue();
    }

    [Fact]
    public void Page_LoadsTheCheckScriptFromTheSite()
    {
        _page.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ShouldBe([SiteBuilder.CheckScript]);
    }

    [Fact]
    public void Page_WithoutTheScript_HasNoInputsOrFormsButTheSearchBox()
    {
        (_page.Document.QuerySelectorAll("main input, main form, main button").Length, _page.Document.QuerySelectorAll("input").Length, _page.Document.QuerySelector("nav.sidebar form[role=search] input[name=q]") is not null)
            .ShouldBe((0, 1, true));
    }

    [Fact]
    public void CheckScript_IsCopiedAsItIs()
    {
        site.Read(SiteBuilder.CheckScript).ShouldBe(File.ReadAllText(Path.Combine(Course.Templates, SiteBuilder.CheckScript)));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("fetch(")]
    [InlineData("XMLHttpRequest")]
    [InlineData("import ")]
    [InlineData("parseFloat")]
    [InlineData("Number(")]
    public void CheckScript_UsesNoNetworkNorFloatingPoint(string text)
    {
        site.Read(SiteBuilder.CheckScript).ShouldNotContain(text, Case.Sensitive);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("errata.html")]
    [InlineData("lesson-net-2-2-2.worksheet.html")]
    public void OtherPages_HaveNoScript(string name)
    {
        new HtmlPage(site.Read(name)).Document.QuerySelectorAll("script").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("lesson-activations.html")]
    [InlineData("lesson-optimizers.html")]
    [InlineData("lesson-and-neuron.html")]
    public void EveryLesson_HasAnAnswerKey(string name)
    {
        new HtmlPage(site.Read(name)).Document.GetElementById("answer-key").ShouldNotBeNull();
    }

    private JsonElement Step(string anchor) => Key.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("anchor").GetString() == anchor);
}
