using Explainer.Checking;
using Xunit.Sdk;

namespace Explainer.Worked.Tests.Support;

/// <summary>One printed claim of a catalogue example, as a theory argument the test explorer shows by source line and text.</summary>
public sealed class ClaimCase : IXunitSerializable
{
    /// <summary>For the xunit deserializer only.</summary>
    public ClaimCase()
    {
    }

    public ClaimCase(string exampleId, int index)
    {
        ExampleId = exampleId;
        Index = index;
    }

    public string ExampleId { get; private set; } = string.Empty;

    /// <summary>Gets the claim's position in the example's claims (and so in a run's checks).</summary>
    public int Index { get; private set; }

    public Claim Claim => Catalogue.Get(ExampleId).Claims[Index];

    public static IEnumerable<ClaimCase> All()
        => Catalogue.All.SelectMany(e => e.Claims.Select((_, i) => new ClaimCase(e.Id, i)));

    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        ExampleId = info.GetValue<string>(nameof(ExampleId)) ?? string.Empty;
        Index = info.GetValue<int>(nameof(Index));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(ExampleId), ExampleId);
        info.AddValue(nameof(Index), Index);
    }

    /// <summary>E.g. <c>001_7a5d002ff47c9624.txt:629 0.35891648 (update:w5)</c>; the quantity tells apart claims printed on one line with the same text.</summary>
    public override string ToString() => $"{Claim.Citation} {Claim.Printed} ({Claim.Quantity})";
}
