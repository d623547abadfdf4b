using System.CommandLine;
using Explainer.Cli;
using Explainer.Networks;

namespace Explainer.Tests.Cli;

/// <summary>The options every command shares, parsed in one place: <c>--bias-policy</c> and <c>--digits</c>.</summary>
public sealed class CliOptionsTests
{
    [Theory]
    [InlineData("frozen", BiasPolicy.Frozen)]
    [InlineData("shared", BiasPolicy.Shared)]
    [InlineData("per-neuron", BiasPolicy.PerNeuron)]
    public void BiasPolicy_EveryName_ParsesToItsPolicy(string name, BiasPolicy policy)
    {
        var option = CliOptions.BiasPolicy();

        var result = new RootCommand { option }.Parse(["--bias-policy", name]);

        result.Errors.ShouldBeEmpty();
        result.GetValue(option).ShouldBe(policy);
    }

    [Fact]
    public void BiasPolicy_NotGiven_IsNullSoTheExampleKeepsItsOwn()
    {
        var option = CliOptions.BiasPolicy();

        var result = new RootCommand { option }.Parse([]);

        result.Errors.ShouldBeEmpty();
        result.GetValue(option).ShouldBeNull();
    }

    [Theory]
    [InlineData("frozn", "--bias-policy: unknown bias policy 'frozn'; did you mean 'frozen'?")]
    [InlineData("none", "--bias-policy: unknown bias policy 'none'; use frozen, shared or per-neuron")]
    public void BiasPolicy_UnknownName_IsAParseErrorSayingWhatToWrite(string name, string message)
    {
        var result = new RootCommand { CliOptions.BiasPolicy() }.Parse(["--bias-policy", name]);

        result.Errors.Select(e => e.Message).ShouldBe([message]);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("10000", 10000)]
    public void Digits_InRange_Parses(string text, int digits)
    {
        var option = CliOptions.Digits(12);

        var result = new RootCommand { option }.Parse(["--digits", text]);

        result.Errors.ShouldBeEmpty();
        result.GetValue(option).ShouldBe(digits);
    }

    [Fact]
    public void Digits_NotGiven_IsTheCommandsDefault()
    {
        var option = CliOptions.Digits(12);

        new RootCommand { option }.Parse([]).GetValue(option).ShouldBe(12);
    }

    [Theory]
    [InlineData("0", "--digits must be between 1 and 10000; got 0")]
    [InlineData("10001", "--digits must be between 1 and 10000; got 10001")]
    [InlineData("abc", "--digits: 'abc' is not a whole number, e.g. 12")]
    [InlineData("99999999999", "--digits: 99999999999 is out of range")]
    public void Digits_Bad_IsOneParseError(string text, string message)
    {
        var result = new RootCommand { CliOptions.Digits(12) }.Parse(["--digits", text]);

        result.Errors.Select(e => e.Message).ShouldBe([message]);
    }
}
