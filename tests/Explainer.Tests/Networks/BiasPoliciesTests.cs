using Explainer.Networks;

namespace Explainer.Tests.Networks;

/// <summary>The one mapping between bias policies and their names: every policy round-trips, a near miss gets a suggestion, anything else the list.</summary>
public sealed class BiasPoliciesTests
{
    [Theory]
    [InlineData("frozen", BiasPolicy.Frozen)]
    [InlineData("shared", BiasPolicy.Shared)]
    [InlineData("per-neuron", BiasPolicy.PerNeuron)]
    public void TryParse_EveryName_GivesThePolicyWhoseNameItIs(string name, BiasPolicy policy)
    {
        BiasPolicies.TryParse(name, out var parsed, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        parsed.ShouldBe(policy);
        BiasPolicies.Name(policy).ShouldBe(name);
    }

    [Fact]
    public void Names_AreEveryPolicyInEnumOrder()
        => BiasPolicies.Names.ShouldBe(Enum.GetValues<BiasPolicy>().Select(BiasPolicies.Name));

    [Theory]
    [InlineData("frozn", "unknown bias policy 'frozn'; did you mean 'frozen'?")]
    [InlineData("Frozen", "unknown bias policy 'Frozen'; did you mean 'frozen'?")]
    [InlineData("shard", "unknown bias policy 'shard'; did you mean 'shared'?")]
    [InlineData("per_neuron", "unknown bias policy 'per_neuron'; did you mean 'per-neuron'?")]
    [InlineData("perneuron", "unknown bias policy 'perneuron'; did you mean 'per-neuron'?")]
    [InlineData("none", "unknown bias policy 'none'; use frozen, shared or per-neuron")]
    [InlineData("", "unknown bias policy ''; use frozen, shared or per-neuron")]
    [InlineData("PerNeuron", "unknown bias policy 'PerNeuron'; did you mean 'per-neuron'?")]
    [InlineData("neurons", "unknown bias policy 'neurons'; use frozen, shared or per-neuron")]
    public void TryParse_UnknownName_SaysWhatToWrite(string name, string message)
    {
        BiasPolicies.TryParse(name, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }

    [Fact]
    public void Parse_UnknownName_ThrowsFormatExceptionWithTheMessage()
        => Should.Throw<FormatException>(() => BiasPolicies.Parse("frozn")).Message.ShouldBe("unknown bias policy 'frozn'; did you mean 'frozen'?");

    [Fact]
    public void Name_OutOfRange_Throws()
        => Should.Throw<ArgumentOutOfRangeException>(() => BiasPolicies.Name((BiasPolicy)7));
}
