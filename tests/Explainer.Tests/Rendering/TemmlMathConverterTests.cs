using System.Diagnostics;
using System.Text.RegularExpressions;
using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

public sealed class TemmlMathConverterTests(ITestOutputHelper output)
{
    private readonly TemmlMathConverter _converter = new();

    [Fact]
    public void Convert_PartialDerivativeFraction_GivesMathWithMfrac()
    {
        var result = _converter.Convert([new MathRequest(@"\frac{\partial E}{\partial w_5}", Display: true)]).ShouldHaveSingleItem();

        result.Error.ShouldBeNull();
        result.MathMl.ShouldStartWith("<math");
        result.MathMl.ShouldContain("<mfrac>");
    }

    [Fact]
    public void Convert_Display_ChoosesBlockOrInline()
    {
        var results = _converter.Convert([new MathRequest("x", Display: true), new MathRequest("x", Display: false)]);

        results.Select(r => r.MathMl!.Contains("display=\"block\"", StringComparison.Ordinal)).ShouldBe([true, false]);
    }

    [Fact]
    public void Convert_BatchOfThree_KeepsOrder()
    {
        string[] tex = [@"\alpha", @"\beta", @"\gamma"];

        var results = _converter.Convert([.. tex.Select(t => new MathRequest(t, Display: false))]);

        results.Select(r => Regex.Match(r.MathMl!, "<mi>(.)</mi>").Groups[1].Value).ShouldBe(["α", "β", "γ"]);
    }

    [Fact]
    public void Convert_MalformedFormula_GivesErrorWhileOthersConvert()
    {
        var results = _converter.Convert(
        [
            new MathRequest("a + b", Display: false),
            new MathRequest(@"\frac{", Display: false),
            new MathRequest(@"\sqrt{2}", Display: false),
        ]);

        results.Select(r => r.Succeeded).ShouldBe([true, false, true]);
        results[1].Error!.ShouldContain("Unexpected end of input");
    }

    [Fact]
    public void Convert_NonAsciiText_RoundTripsAsUtf8()
    {
        var result = _converter.Convert([new MathRequest(@"\text{café} = ∂x", Display: false)]).ShouldHaveSingleItem();

        result.MathMl!.ShouldContain("café", Case.Sensitive);
    }

    [Fact]
    public void Convert_LargeBatch_ConvertsEveryFormulaInOneCall()
    {
        // Far more than a pipe buffer each way: stdin, stdout and stderr must be drained together.
        var requests = Enumerable.Range(0, 2000)
            .Select(i => new MathRequest($@"\frac{{\partial E_{{{i}}}}}{{\partial w_{{{i}}}}} = {i}.{i}\times\sigma(net_{{{i}}})", Display: i % 2 == 0))
            .ToList();

        var clock = Stopwatch.StartNew();
        var results = _converter.Convert(requests);
        output.WriteLine($"{requests.Count} formulas in {clock.ElapsedMilliseconds} ms");

        results.Count(r => r.Succeeded && r.MathMl.Contains("<mfrac>", StringComparison.Ordinal)).ShouldBe(requests.Count);
    }

    [Fact]
    public void Convert_EmptyBatch_StartsNoProcess()
    {
        var converter = new TemmlMathConverter(toolsDirectory: "/nonexistent/tools");

        converter.Convert([]).ShouldBeEmpty();
    }

    [Fact]
    public void Convert_ToolsWithoutNodeModules_SaysToRunNpmCi()
    {
        var tools = Directory.CreateTempSubdirectory("explainer-tools-").FullName;
        try
        {
            File.Copy(Path.Combine(NodeTools.FindDirectory("mathml.mjs"), "mathml.mjs"), Path.Combine(tools, "mathml.mjs"));
            var converter = new TemmlMathConverter(tools);

            var error = Should.Throw<InvalidOperationException>(() => converter.Convert([new MathRequest("x", Display: false)]));

            error.Message.ShouldContain("npm ci --prefix tools");
        }
        finally
        {
            Directory.Delete(tools, recursive: true);
        }
    }
}
