using System.Text;

namespace Explainer.Worked.Tests;

/// <summary>The catalogue's golden JSON is byte-identical to the files committed in <c>Data/golden</c>, written by <c>explainer golden ID --out FILE</c> before the examples moved from C# to spec files.</summary>
public sealed class GoldenFixtureTests
{
    [Theory]
    [InlineData("net-2-2-2", null, 30, "net-2-2-2.json")]
    [InlineData("net-2-2-2", "shared", 30, "net-2-2-2.shared.json")]
    [InlineData("net-2-2-2", "per-neuron", 30, "net-2-2-2.per-neuron.json")]
    [InlineData("net-2-2-2", null, 60, "net-2-2-2.d60.json")]
    [InlineData("j-graph", null, 30, "j-graph.json")]
    [InlineData("logistic-graph", null, 30, "logistic-graph.json")]
    [InlineData("linear-chain", null, 30, "linear-chain.json")]
    [InlineData("and-neuron", null, 30, "and-neuron.json")]
    public void Golden_IsByteIdenticalToTheFixture(string id, string? policy, int digits, string fixture)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "golden", fixture), Encoding.UTF8);
        var run = Catalogue.Get(id).Run(policy is null ? null : Support.Policies.Parse(policy));
        using var stream = new MemoryStream();

        run.WriteGolden(stream, digits);

        var actual = Encoding.UTF8.GetString(stream.ToArray());
        FirstDifference(actual, expected).ShouldBeNull();
    }

    /// <summary>The first line that differs, with its number, or null when the texts are equal.</summary>
    private static string? FirstDifference(string actual, string expected)
    {
        if (actual == expected)
        {
            return null;
        }

        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < e.Length ? e[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: got {left.Trim()} but the fixture has {right.Trim()}";
            }
        }

        return "the texts differ only in line endings";
    }
}
