namespace Explainer.Tests.Cli;

/// <summary><c>explainer grad</c>: bindings it must refuse, and graphs too large for tables.</summary>
public sealed class GradCommandTests : IDisposable
{
    private readonly Site.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Grad_GivenAValueForAnAssignedName_RefusesIt_PointingAtTheStatement()
    {
        var result = Site.Cli.Run(_temp.Path, "grad", "y = 2*x", "x=1", "y=7");

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain("'y' is computed by the statement 'y = …'; it cannot also be given a value");
        result.StandardOutput.ShouldBeEmpty();
    }

    [Fact]
    public void Grad_ExactGradientsNeedingMoreDigits_AreMarkedAndGivenExactly()
    {
        var result = Site.Cli.Run(_temp.Path, "grad", "log(1 + x)", "x=1e-25", "--digits", "7");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldEndWith("J = 1.000000e-25 (certified)\n∂J/∂x = 1.000000… (exact: 10000000000000000000000000/10000000000000000000000001)\n");
    }

    [Fact]
    public void Grad_OfALongChain_PrintsTheGradients_WithoutTables()
    {
        var chain = string.Join('+', Enumerable.Repeat("x", 5_000));

        var result = Site.Cli.Run(_temp.Path, "grad", chain, "x=3");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBe("J = 15000 (exact)\n∂J/∂x = 5000 (exact)\n");
        result.StandardError.ShouldContain("the graph has 5,000 nodes; its tables are printed only up to 2,000");
    }
}
