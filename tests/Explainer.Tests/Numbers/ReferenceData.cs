using Explainer.Expressions;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Reads the committed mpmath reference files (Data/*.tsv) and evaluates their expressions with the engine.</summary>
internal static class ReferenceData
{
    public static IEnumerable<string[]> Rows(string file)
        => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'));

    public static Real Evaluate(string expression)
    {
        var parsed = ExpressionParser.Parse(expression);
        parsed.Succeeded.ShouldBeTrue(string.Join("; ", parsed.Diagnostics.Select(d => d.Message)));
        var (graph, diagnostics) = ExpressionGraph.Build(parsed.Program!, []);
        graph.ShouldNotBeNull(string.Join("; ", diagnostics.Select(d => d.Message)));
        return graph.Output.Value;
    }

    /// <summary>The reference (mantissa, exponent) as the text <see cref="Real.Format(int)"/> writes for it.</summary>
    public static (string Digits, int Exponent) Normalize(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        int exponent;
        string mantissa;
        var e = body.IndexOf('e', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            mantissa = body[..e].Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            var intPart = dot < 0 ? body : body[..dot];
            var all = body.Replace(".", string.Empty, StringComparison.Ordinal);
            var firstNonZero = all.TakeWhile(c => c == '0').Count();
            exponent = intPart.Length - 1 - firstNonZero;
            mantissa = all[firstNonZero..];
        }

        return ((negative ? "-" : string.Empty) + mantissa, exponent);
    }
}
