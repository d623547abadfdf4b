using System.Text.Json;
using Explainer.Site;
using Explainer.Tests.Site;
using Explainer.Tests.Support;
using Explainer.Worked;

namespace Explainer.Tests.Rendering;

/// <summary>The built course's figures as headless Chromium shows them at 1280 and 390 px, on light and dark screens and in print.</summary>
public sealed class FigureCheckTests(FigureCheckTests.Fixture check) : IClassFixture<FigureCheckTests.Fixture>
{
    private const string Network = "lesson-net-2-2-2.html";
    private const string Activations = "lesson-activations.html";
    private const string Graph = "lesson-j-graph.html";

    [Theory]
    [InlineData(Network)]
    [InlineData(Activations)]
    [InlineData(Graph)]
    public void EveryFigureText_IsAtLeast11PxAtBothWidthsInEveryMedium(string page)
    {
        var runs = check.Runs(page);

        runs.Count.ShouldBe(6, "1280 and 390 px, each on a light screen, a dark screen and in print");
        foreach (var run in runs)
        {
            var smallest = run.GetProperty("smallest");
            var where = $"{page} at {run.GetProperty("width").GetInt32()} px, {run.GetProperty("media").GetString()} {run.GetProperty("scheme").GetString()}";
            run.GetProperty("texts").GetInt32().ShouldBeGreaterThan(10, where);
            smallest.GetProperty("size").GetDouble().ShouldBeGreaterThanOrEqualTo(11, $"{where}: '{smallest.GetProperty("sizeText").GetString()}'");
            smallest.GetProperty("height").GetDouble().ShouldBeGreaterThanOrEqualTo(11, $"{where}: '{smallest.GetProperty("heightText").GetString()}'");
        }
    }

    [Fact]
    public void NetworkFigure_RunsAcrossAt1280AndDownAt390_AndFitsItsColumn()
    {
        var runs = check.Runs(Network).Where(r => r.GetProperty("media").GetString() == "screen").ToList();

        foreach (var run in runs)
        {
            var figures = run.GetProperty("figures").EnumerateArray().ToList();
            figures.Select(f => f.GetProperty("kind").GetString()).ShouldBe(["explainer-network"], "one network figure shows (the other orientation is hidden); the graph is a thumbnail image");
            figures.ShouldAllBe(f => f.GetProperty("fits").GetBoolean() && f.GetProperty("labelled").GetBoolean());
        }

        var wide = runs.First(r => r.GetProperty("width").GetInt32() == 1280).GetProperty("figures")[0].GetProperty("width").GetDouble();
        var narrow = runs.First(r => r.GetProperty("width").GetInt32() == 390).GetProperty("figures")[0].GetProperty("width").GetDouble();
        wide.ShouldBeGreaterThan(narrow + 100, "across at 1280 px, down (narrower) at 390 px");
    }

    [Theory]
    [InlineData(Network)]
    [InlineData(Activations)]
    [InlineData(Graph)]
    public void Figures_AreLightOnScreenAndPaper_AndDarkOnADarkScreen(string page)
    {
        foreach (var run in check.Runs(page))
        {
            var colours = run.GetProperty("colours");
            var dark = run.GetProperty("media").GetString() == "screen" && run.GetProperty("scheme").GetString() == "dark";
            var where = $"{page} at {run.GetProperty("width").GetInt32()} px, {run.GetProperty("media").GetString()} {run.GetProperty("scheme").GetString()}";
            if (dark)
            {
                colours.GetProperty("paper").GetDouble().ShouldBeLessThan(0.1, where);
                colours.GetProperty("text").GetDouble().ShouldBeGreaterThan(0.3, where);
            }
            else
            {
                colours.GetProperty("paper").GetDouble().ShouldBeGreaterThan(0.9, where);
                colours.GetProperty("text").GetDouble().ShouldBeLessThan(0.2, where);
            }
        }
    }

    [Fact]
    public void ComputationGraph_TooWideForAPhone_ScrollsInAFocusableRegion()
    {
        var phone = check.Runs("lesson-logistic-graph.html").Where(r => r.GetProperty("width").GetInt32() == 390 && r.GetProperty("media").GetString() == "screen");

        foreach (var run in phone)
        {
            var graph = run.GetProperty("figures").EnumerateArray().Single();
            (graph.GetProperty("scrolls").GetBoolean(), graph.GetProperty("focusable").GetBoolean()).ShouldBe((true, true));
        }
    }

    /// <summary>Builds the course with its figures (HTML, English, no search) and measures its pages once.</summary>
    public sealed class Fixture : IDisposable
    {
        private static readonly string[] Pages = [Network, Activations, Graph, "lesson-logistic-graph.html"];
        private readonly TempFolder _site = new();
        private readonly Lazy<IReadOnlyList<JsonElement>> _runs;

        public Fixture()
        {
            _runs = new(() =>
            {
                var options = new SiteOptions(_site.Path, Course.Templates, Markdown: false, Html: true, Force: true) { Search = false, Languages = ["en"] };
                new SiteBuilder(options).Build(CourseLessons.All(Course.Digits), Course.Errata());
                return FigureCheck.Run(Chromium.Require(), [.. Pages.Select(p => Path.Combine(_site.Path, p))], Path.Combine(AppContext.BaseDirectory, "figure-check"));
            });
        }

        /// <summary>Gets the runs of one page; skips the calling test where there is no Chromium (fails it under CI).</summary>
        public IReadOnlyList<JsonElement> Runs(string page)
        {
            Chromium.Require();
            return [.. _runs.Value.Where(r => r.GetProperty("page").GetString() == page)];
        }

        public void Dispose() => _site.Dispose();
    }
}
