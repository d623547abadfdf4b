using System.Text.Json;
using Explainer.Checking;
using Explainer.Graph;
using Explainer.Worked;

namespace Explainer.Tests.Site;

/// <summary>The built lesson-net-2-2-2.html in headless Chromium: MathML laid out, no TeX, offline, error-free, legible in light and dark; its "check your numbers" boxes judge as the marker does.</summary>
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

    [Fact]
    public void CheckMode_RightGradientOfW5_IsRight()
    {
        var check = Check("0.0822");

        (check.GetProperty("verdict").GetString(), check.GetProperty("text").GetString()).ShouldBe(("correct", "✓ Right: the exact value rounds to your number."));
    }

    [Fact]
    public void CheckMode_LastDigitOffByOne_IsRounding()
    {
        var check = Check("0.0823");

        (check.GetProperty("verdict").GetString(), check.GetProperty("text").GetString())
            .ShouldBe(("rounding", "≈ Rounding: the last digit is off by one: 0.0822 at your 3 significant digits."));
    }

    [Fact]
    public void CheckMode_SignFlipped_NamesTheSignMistakeWithItsExplanation()
    {
        var check = Check("-0.0822");

        (check.GetProperty("verdict").GetString(), check.GetProperty("mistake").GetString()).ShouldBe(("wrong", "sign"));
        var explanation = MistakeCatalogue.Sign.Explanation;
        check.GetProperty("text").GetString().ShouldBe($"✗ Wrong ({MistakeCatalogue.Sign.Title}): {char.ToUpperInvariant(explanation[0])}{explanation[1..]}; 0.0822 at your 3 significant digits.");
    }

    [Fact]
    public void CheckMode_WrongWithNoMistake_SaysWrongWithTheValueAtTheLearnersPrecision()
    {
        Check("0.5").GetProperty("text").GetString().ShouldBe("✗ Wrong: 0.08 at your 1 significant digit.");
    }

    [Fact]
    public void CheckMode_EveryVerdict_IsTheMarkers()
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var marker = new Marker(run.Trace, run.Updates, run.LearningRate);
        var checks = Report.GetProperty("checks").EnumerateArray().ToList();

        var differ = SiteBrowserFixture.Checks.Zip(checks).Select(x =>
        {
            var mark = marker.Mark([new GivenAnswer(x.First.Quantity, x.First.Value, 1, 1) { Key = QuantityKey.Parse(x.First.Quantity) }]).Marks[0];
            var engine = $"{mark.Verdict.ToString().ToLowerInvariant()} {mark.Mistake ?? "-"} {mark.Expected}";
            var page = $"{x.Second.GetProperty("verdict").GetString()} {NoneAsDash(x.Second.GetProperty("mistake").GetString())} {x.Second.GetProperty("expected").GetString()}";
            return (x.First.Anchor, x.First.Value, engine, page);
        }).Where(x => x.engine != x.page).Select(x => $"{x.Anchor} {x.Value}: engine {x.engine}, page {x.page}");

        checks.Count.ShouldBe(SiteBrowserFixture.Checks.Length);
        differ.ShouldBeEmpty();
    }

    [Fact]
    public void CheckMode_Verdicts_AreAnnouncedPolitely()
    {
        Report.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("role").GetString(), c.GetProperty("live").GetString())).Distinct().ShouldBe([("status", "polite")]);
    }

    [Fact]
    public void CheckMode_Inputs_AreLabelledWithTheirQuantityAndDescribedByTheVerdict()
    {
        var check = Check("0.0822");

        (check.GetProperty("label").GetString(), check.GetProperty("describedBy").GetString()).ShouldBe(("Your value of ∂E_total/∂w5", "verdict-backward-w5"));
    }

    [Fact]
    public void CheckMode_Verdicts_SayTheirVerdictInWordsBesideTheIcon()
    {
        var starts = new Dictionary<string, string> { ["correct"] = "✓ Right", ["rounding"] = "≈ Rounding", ["wrong"] = "✗ Wrong", ["unknown"] = "? Not a number" };

        Report.GetProperty("checks").EnumerateArray().Where(c => !c.GetProperty("text").GetString()!.StartsWith(starts[c.GetProperty("verdict").GetString()!], StringComparison.Ordinal))
            .Select(c => c.GetProperty("text").GetString()).ShouldBeEmpty();
    }

    [Fact]
    public void Page_HasNoInputsUntilCheckModeIsOn()
    {
        Report.GetProperty("inputsBeforeCheckMode").GetInt32().ShouldBe(0);
    }

    private static string NoneAsDash(string? text) => string.IsNullOrEmpty(text) ? "-" : text;

    private JsonElement Check(string value) => Report.GetProperty("checks").EnumerateArray().First(c => c.GetProperty("anchor").GetString() == "backward-w5" && c.GetProperty("value").GetString() == value);

    private string Colour(string scheme, string property) => Report.GetProperty(scheme).GetProperty(property).GetString()!;

    private string[] Strings(string name) => [.. Report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
