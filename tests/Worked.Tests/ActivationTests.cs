using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>The activations lesson (002:63–125): values and slopes against mpmath, and the slides' derivative table as identities.</summary>
public sealed class ActivationTests
{
    private static readonly Lazy<Lesson> Lesson = new(() => ActivationTour.Lesson(new Explainer.Numbers.DisplayOptions(20)));

    [Theory]
    [InlineData("sigmoid-df-m2", "0.10499358540350651735")]
    [InlineData("tanh-df-m0-5", "0.78644773296592741015")]
    [InlineData("elu-f-m2", "-0.86466471676338730811")]
    [InlineData("elu-df-m2", "0.13533528323661269189")]
    [InlineData("softplus-f-1", "1.313261687518222834")]
    [InlineData("softplus-df-1", "0.73105857863000487925")]
    [InlineData("swish-df-1", "0.92767051187148673179")]
    [InlineData("gelu-f-m2", "-0.045500263896358414401")]
    [InlineData("gelu-df-m2", "-0.085231801078196896701")]
    [InlineData("gelu-tanh-approx-m2", "-0.045402305912224981219")]
    [InlineData("gelu-sigmoid-approx-m2", "-0.064341376855791850193")]
    [InlineData("relu-df-0", "0")] // I(x > 0) at 0
    [InlineData("leaky-relu-df-m0-5", "0.01")]
    public void Step_MatchesMpmath(string anchor, string expected)
    {
        var step = Lesson.Value.Steps.Single(s => s.Anchor == anchor);

        Digits.Of(step.Value, 20).ShouldBe(expected == "0" ? "0" : Digits.Canonical(expected, 20));
    }

    [Theory]
    [InlineData("-2")]
    [InlineData("-0.5")]
    [InlineData("0")]
    [InlineData("1")]
    public void Slopes_AreTheSlidesTableFormulas(string point)
    {
        // 002:121–125: f' = f(1 − f); 1 − f²; I(x > 0); I(x > 0) + I(x ≤ 0)·γeˣ; 1/(1 + e⁻ˣ).
        var x = Real.Parse(point);
        var at = point.Replace("-", "m", StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal);
        var sigma = ExactMath.Sigmoid(x);
        var tanh = ExactMath.Tanh(x);
        (string Anchor, Real Expected)[] table =
        [
            ($"sigmoid-df-{at}", sigma * (1 - sigma)),
            ($"tanh-df-{at}", 1 - (tanh * tanh)),
            ($"relu-df-{at}", x.Sign > 0 ? Real.One : Real.Zero),
            ($"elu-df-{at}", x.Sign > 0 ? Real.One : ExactMath.Exp(x)),
            ($"softplus-df-{at}", 1 / (1 + ExactMath.Exp(-x))),
        ];
        foreach (var (anchor, expected) in table)
        {
            Digits.Of(Lesson.Value.Steps.Single(s => s.Anchor == anchor).Value, 30).ShouldBe(Digits.Of(expected, 30), anchor);
        }
    }

    [Theory]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    [InlineData("elu")]
    [InlineData("softplus")]
    [InlineData("swish")]
    [InlineData("gelu")]
    [InlineData("leaky-relu")]
    public void Slopes_AgreeWithCentralDifferencesInDouble(string anchor)
    {
        var entry = ActivationTour.Entries.Single(e => e.Anchor == anchor);
        foreach (var x in new[] { -2.0, -0.5, 0.7, 1.0 })
        {
            var h = 1e-6;
            double F(double v) => double.Parse(entry.Op.Forward([Real.Parse(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))]).Format(17).Text, System.Globalization.CultureInfo.InvariantCulture);
            var numeric = (F(x + h) - F(x - h)) / (2 * h);
            var real = Real.Parse(x.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            var slope = double.Parse(entry.Op.LocalPartial(0, [real], entry.Op.Forward([real])).Format(17).Text, System.Globalization.CultureInfo.InvariantCulture);
            Math.Abs(numeric - slope).ShouldBeLessThan(1e-8, $"{anchor} at {x}");
        }
    }

    [Fact]
    public void Lesson_HasOneSectionPerActivationAndTwoStepsPerPoint()
    {
        Lesson.Value.Sections.Select(s => s.Anchor).ShouldBe(["sigmoid", "tanh", "relu", "leaky-relu", "elu", "softplus", "swish", "gelu"]);
        Lesson.Value.Sections.Single(s => s.Anchor == "gelu").Steps.Count.ShouldBe(4 * 4);
        Lesson.Value.Sections.Where(s => s.Anchor != "gelu").ShouldAllBe(s => s.Steps.Count == 8);
    }
}
