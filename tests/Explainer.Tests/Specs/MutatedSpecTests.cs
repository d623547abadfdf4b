using System.Text.RegularExpressions;
using Explainer.Specs;

namespace Explainer.Tests.Specs;

/// <summary>Good specs with one token replaced, or cut short anywhere, load or give diagnostics inside the text: never an exception, never a silent failure.</summary>
public sealed partial class MutatedSpecTests
{
    private static readonly string[] Replacements =
        ["0", "-1", "1e5", "300", "abc", "[]", "{}", "[1]", "\"x\"", "null", "true", "1/0", "sigmod", "softmax", "elu", "2.5", "99999999999999999999", ""];

    [Theory]
    [InlineData("net-2-2-2.yaml")]
    [InlineData("net-2-2-2.json")]
    [InlineData("net-2-2-2-adam.yaml")]
    public void Parse_EveryTokenReplacedAndEveryCut_LoadsOrExplains(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs", file));
        var variants = new List<string>();
        foreach (Match token in Token().Matches(text))
        {
            variants.AddRange(Replacements.Select(r => text[..token.Index] + r + text[(token.Index + token.Length)..]));
        }

        for (var cut = 0; cut < text.Length; cut += 3)
        {
            variants.Add(text[..cut]);
        }

        var silent = new List<string>();
        foreach (var variant in variants)
        {
            var result = SpecLoader.Parse(variant, file);
            if (!result.Succeeded && (result.Diagnostics.Count == 0 || result.Diagnostics.Any(d => d.Span.Start > variant.Length)))
            {
                silent.Add(variant);
            }
        }

        variants.Count.ShouldBeGreaterThan(1000);
        silent.ShouldBeEmpty();
    }

    [GeneratedRegex(@"[A-Za-z0-9_.\-/]+")]
    private static partial Regex Token();
}
