using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>Every reference value (computed with mpmath to 50 digits) agrees digit for digit with the engine rounded to the same digits.</summary>
public sealed class ReferenceValueTests
{
    // Lazy, so that a malformed file fails its own rows only.
    private static readonly Lazy<IReadOnlyDictionary<(string Policy, string Name), ReferenceRow>> Net222 = new(() => ReferenceTable.Load("net222.tsv"));
    private static readonly Lazy<IReadOnlyDictionary<(string Policy, string Name), ReferenceRow>> Graphs = new(() => ReferenceTable.Load("graphs.tsv"));
    private static readonly Lazy<IReadOnlyDictionary<(string Policy, string Name), ReferenceRow>> Net222Long = new(() => ReferenceTable.Load("net222-5000.tsv"));

    private readonly RunCache _runs = new();

    public static TheoryData<string, string> Net222Rows => Rows(Net222.Value);

    public static TheoryData<string, string> GraphRows => Rows(Graphs.Value);

    public static TheoryData<string, string> Net222LongRows => Rows(Net222Long.Value);

    [Theory]
    [MemberData(nameof(Net222Rows))]
    public void Net222_ReferenceRow_MatchesEngineDigitForDigit(string policy, string name)
    {
        var row = Net222.Value[(policy, name)];
        var value = Resolve(_runs.Get("net-2-2-2", policy), name);

        Digits.Of(value, row.Digits).ShouldBe(Digits.OfReference(row.Mantissa, row.Exponent), $"net222.tsv:{row.Line} {policy} {name}");
    }

    /// <summary>The whole trace at 5000 digits (every value of it, as <c>explainer bench</c> prints them) against mpmath's, digit for digit.</summary>
    [Theory]
    [MemberData(nameof(Net222LongRows))]
    public void Net222_At5000Digits_MatchesTheReferenceDigitForDigit(string policy, string name)
    {
        var row = Net222Long.Value[(policy, name)];
        var value = Resolve(_runs.Get("net-2-2-2", policy), name);

        Digits.Of(value, row.Digits).ShouldBe(Digits.OfReference(row.Mantissa, row.Exponent), $"net222-5000.tsv:{row.Line} {policy} {name}");
    }

    [Theory]
    [MemberData(nameof(GraphRows))]
    public void Graph_ReferenceRow_MatchesEngineDigitForDigit(string example, string name)
    {
        var row = Graphs.Value[(example, name)];
        var value = Resolve(_runs.Get(example), name);

        Digits.Of(value, row.Digits).ShouldBe(Digits.OfReference(row.Mantissa, row.Exponent), $"graphs.tsv:{row.Line} {example} {name}");
    }

    private static TheoryData<string, string> Rows(IReadOnlyDictionary<(string Policy, string Name), ReferenceRow> table)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in table.Values.OrderBy(r => r.Line))
        {
            data.Add(row.Policy, row.Name);
        }

        return data;
    }

    /// <summary>Resolves a reference name; a name with no counterpart in our run fails the test, naming both.</summary>
    private static Numbers.Real Resolve(WorkedRun run, string name)
    {
        var quantity = ReferenceNames.ToQuantity(run.Example.Id, name);
        try
        {
            return run.Resolve(quantity);
        }
        catch (KeyNotFoundException e)
        {
            throw new ShouldAssertException($"reference '{name}' maps to '{quantity}', which {run.Example.Id} does not have: {e.Message}", e);
        }
    }
}
