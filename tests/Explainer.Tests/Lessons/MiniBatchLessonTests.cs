using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Rendering;
using Explainer.Tests.Networks;

namespace Explainer.Tests.Lessons;

/// <summary>The lesson of a two-sample batch: the parameters once, a section per sample, the batch loss and every parameter's gradient as the sum or mean of the samples'.</summary>
public sealed class MiniBatchLessonTests
{
    private const string Sample1 = "Sample 1 of 2: inputs (0.05, 0.1), targets (0.01, 0.99)";

    private const string Sample2 = "Sample 2 of 2: inputs (0.1, 0.2), targets (0.99, 0.01)";

    public static TheoryData<SampleReduction> Reductions => [SampleReduction.Sum, SampleReduction.Mean];

    [Theory]
    [MemberData(nameof(Reductions))]
    public void Sections_TwoSamples_AreSetupEachSampleTheBatchLossThenTheGradients(SampleReduction reduction)
    {
        var lesson = Lesson(reduction);

        lesson.Sections.Select(s => s.Anchor).ShouldBe(["setup", "sample-1", "sample-2", "loss", "backward", "batch-gradients", "updates", "after-update"]);
        lesson.Sections.Select(s => LessonRuns.English(s.Title)).ShouldContain(Sample1);
        lesson.Sections.Select(s => LessonRuns.English(s.Title)).ShouldContain(Sample2);
    }

    [Fact]
    public void Setup_TwoSamples_GivesTheSharedParametersOnce()
    {
        var lesson = Lesson(SampleReduction.Mean);

        Section(lesson, "setup").Steps.Select(s => s.Node).ShouldBe(["w1", "w2", "w3", "w4", "b1", "w5", "w6", "w7", "w8", "b2"]);
        lesson.Steps.Count(s => s.Node == "w5" && s.IsGiven).ShouldBe(1);
    }

    [Fact]
    public void SampleSection_OfSampleTwo_GivesItsDataThenItsForwardPassAndLoss()
    {
        var lesson = Lesson(SampleReduction.Mean);

        var section = Section(lesson, "sample-2");
        var steps = section.Steps;

        section.Given.Select(s => s.Node).ShouldBe(["i1[2]", "i2[2]", "target_o1[2]", "target_o2[2]"]);
        section.Given.ShouldAllBe(s => s.IsGiven);
        steps.Select(s => s.Node).ShouldBe(
        [
            "net_h1[2]", "out_h1[2]", "net_h2[2]", "out_h2[2]", "net_o1[2]", "out_o1[2]", "net_o2[2]", "out_o2[2]", "E_o1[2]", "E_o2[2]", "E_total[2]",
        ]);
        steps.Single(s => s.Node == "E_total[2]").ValueText.ShouldBe("0.3203737617");
        steps.Single(s => s.Node == "net_h1[2]").ValueText.ShouldBe("0.405");
    }

    [Theory]
    [InlineData(SampleReduction.Sum, "0.2983711088 + 0.3203737617", "0.6187448705")]
    [InlineData(SampleReduction.Mean, "\\tfrac{1}{2}(0.2983711088 + 0.3203737617)", "0.3093724352")]
    public void BatchLoss_TwoSamples_IsTheSumOrMeanOfTheSamplesLossesWithNumbers(SampleReduction reduction, string substituted, string value)
    {
        var step = Section(Lesson(reduction), "loss").Steps.Single();

        step.Node.ShouldBe("E_total");
        step.Symbolic.ShouldContain("{E_{\\mathrm{total}}}^{[1]} + {E_{\\mathrm{total}}}^{[2]}");
        step.Substituted.ShouldBe(substituted);
        step.ValueText.ShouldBe(value);
    }

    [Theory]
    [InlineData(SampleReduction.Sum, "", "0.05567139642")]
    [InlineData(SampleReduction.Mean, "\\tfrac{1}{2}", "0.02783569821")]
    public void GradientOfW5_TwoSamples_IsTheSumOrMeanOfTheSamplesOwnGradients(SampleReduction reduction, string factor, string value)
    {
        var lesson = Lesson(reduction);

        var step = LessonRuns.Step(lesson, "backward-w5");

        Section(lesson, "batch-gradients").Steps.ShouldContain(step);
        var inner = "0.08216704056 + \\left(-0.02649564414\\right)";
        step.Substituted.ShouldBe(factor.Length == 0 ? inner : $"{factor}({inner})");
        step.Symbolic.ShouldContain("\\frac{\\partial {E_{\\mathrm{total}}}^{[2]}}{\\partial w_{5}}");
        step.ValueText.ShouldBe(value);
        BatchSpecs.Digits(step.Value, 30).ShouldBe(reduction == SampleReduction.Mean ? BatchSpecs.W5Mean : BatchSpecs.W5Sum);
    }

    [Fact]
    public void BackwardSection_TwoSamples_LeavesTheParametersToTheBatchGradients()
    {
        var lesson = Lesson(SampleReduction.Sum);

        Section(lesson, "backward").Steps.Select(s => s.Node).ShouldNotContain("w5");
        Section(lesson, "batch-gradients").Steps.Select(s => s.Node).ShouldBe(["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"]);
        lesson.Steps.Count(s => s.Anchor == "backward-w5").ShouldBe(1);
        LessonRuns.Step(lesson, "backward-out-h1-2-").ValueText.ShouldBe("0.04909423964");
    }

    [Theory]
    [MemberData(nameof(Reductions))]
    public void Markdown_TwoSamples_HasBothSamplesHeadingsAndTheGradientOfW5(SampleReduction reduction)
    {
        var renderer = new ScribanTemplateRenderer(RepositoryPaths.Templates());
        var strings = renderer.Strings(Explainer.Strings.StringTable.English);
        var markdown = renderer.Render("lesson.md", new Explainer.Site.LessonPageModel(Explainer.Rendering.Views.LessonView.Of(Lesson(reduction), strings), "worksheet.md", ".md"), strings);

        markdown.ShouldContain($"## {Sample1}\n");
        markdown.ShouldContain($"## {Sample2}\n");
        markdown.ShouldContain("## The batch loss\n");
        markdown.ShouldContain("= 0.01$ (exact, target)\n- <a id=\"given-target-o2-1-\"></a>${\\mathrm{target}_{o2}}^{[1]} = 0.99$ (exact, target)\n\n<a id=\"forward-net-h1-1-\"></a>\n$$\n");
        markdown.ShouldContain(reduction == SampleReduction.Mean
            ? "&= \\tfrac{1}{2}(0.08216704056 \\\\\n&\\quad + \\left(-0.02649564414\\right)) \\\\\n&= 0.02783569821\n"
            : "&= 0.08216704056 + \\left(-0.02649564414\\right) \\\\\n&= 0.05567139642\n");
    }

    [Fact]
    public void Lesson_OneSampleSpec_HasNoBatchSections()
    {
        var (_, lesson) = LessonRuns.Build("net-2-2-2");

        lesson.Sections.Select(s => s.Anchor).ShouldBe(["setup", "forward", "loss", "backward", "updates", "after-update"]);
    }

    [Fact]
    public void Build_BatchOfAnotherTrace_Throws()
    {
        var run = BatchSpecs.Run(SampleReduction.Sum);
        var other = BatchSpecs.Run(SampleReduction.Sum).ToLessonSource().Batch;

        Should.Throw<ArgumentException>(() => LessonBuilder.Build(run.ToLessonSource() with { Batch = other }, LessonRuns.Display))
            .Message.ShouldStartWith("the lesson source's batch is not of its trace");
    }

    private static Lesson Lesson(SampleReduction reduction)
    {
        var source = BatchSpecs.Run(reduction).ToLessonSource();
        source.Batch.ShouldNotBeNull();
        return LessonBuilder.Build(source, LessonRuns.Display);
    }

    private static Section Section(Lesson lesson, string anchor) => lesson.Sections.Single(s => s.Anchor == anchor);
}
