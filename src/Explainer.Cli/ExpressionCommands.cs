using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Numbers;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer eval</c> and <c>explainer grad</c>: expressions typed on the command line.</summary>
internal static class ExpressionCommands
{
    public static Command Eval()
    {
        var expression = new Argument<string>("expression") { Description = "An expression such as \"sigmoid(0.3775)\" or \"0.15*0.05 + 0.2*0.1 + 0.35\"." };
        var digits = CliOptions.Digits(30);
        var fraction = new Option<bool>("--fraction") { Description = "Print an exact value as a fraction." };
        var command = new Command("eval", "Evaluate an expression exactly, or certified to N significant digits.") { expression, digits, fraction };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var graph = BuildGraph(parse.GetValue(expression)!, []);
            if (graph is null)
            {
                return 1;
            }

            var value = graph.Output.Value;
            Console.Out.WriteLine(Describe(value, d, parse.GetValue(fraction)));
            return 0;
        }));
        return command;
    }

    public static Command Grad()
    {
        var expression = new Argument<string>("expression") { Description = "An expression, or statements such as \"u = b*c; v = a + u; J = 3*v\"." };
        var bindings = new Argument<string[]>("values") { Description = "The variables' values: name=value …", Arity = ArgumentArity.ZeroOrMore };
        var digits = CliOptions.Digits(12);
        var command = new Command("grad", "Differentiate an expression: every node value, every local partial and every gradient.") { expression, bindings, digits };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var graph = BuildGraph(parse.GetValue(expression)!, ParseBindings(parse.GetValue(bindings) ?? []));
            if (graph is null)
            {
                return 1;
            }

            Print(Backward.Run(graph), d);
            return 0;
        }));
        return command;
    }

    /// <summary>The largest graph whose node and edge tables <c>grad</c> prints; beyond it, only the output and the gradients.</summary>
    internal const int MaxTableNodes = 2_000;

    /// <summary>The longest exact text (a terminating decimal or a fraction) the eval line shows beside a rounded value.</summary>
    internal const int MaxExactTextLength = 80;

    /// <summary>The eval line: the value to the digits asked for, then <c>(exact)</c>, <c>(exact: …)</c> or <c>(certified)</c>.</summary>
    /// <remarks>
    /// An exact value that needs more digits than asked is rounded, marked with <c>…</c>, and followed by its exact text
    /// (the terminating decimal, else the fraction) when that is short: <c>1.0440… (exact: 863364/826969)</c>.
    /// <c>--fraction</c> prints the fraction alone.
    /// </remarks>
    internal static string Describe(Real value, int digits, bool fraction)
    {
        if (value.IsExact)
        {
            return fraction ? $"{value.ToFractionString()} (exact)" : DescribeExact(value, digits);
        }

        if (fraction)
        {
            throw new ArgumentException($"--fraction needs an exact value; this one is irrational, certified as {value.Format(digits).Text}");
        }

        var display = value.Format(digits);
        if (display.IsDecided)
        {
            return $"{display.Text} (certified)";
        }

        return Real.TryCompare(value, Real.Zero) is null
            ? $"{display.Text} (undecided: the value may be exactly 0, which ball arithmetic cannot prove; it lies in this interval)"
            : $"{display.Text} (undecided: too close to a rounding boundary to prove {digits} digit{(digits == 1 ? string.Empty : "s")})";
    }

    private static string DescribeExact(Real value, int digits)
    {
        var display = value.Format(digits);
        if (display.Status == RealDisplayStatus.Exact)
        {
            return $"{display.Text} (exact)";
        }

        var rounded = Elided(display.Text);
        if (value.Numerator.GetBitLength() + value.Denominator.GetBitLength() <= MaxExactTextBits)
        {
            var whole = value.ToString();
            if (whole.Length <= MaxExactTextLength)
            {
                return $"{rounded} (exact: {whole})";
            }

            var fractionText = value.ToFractionString();
            if (fractionText.Length <= MaxExactTextLength)
            {
                return $"{rounded} (exact: {fractionText})";
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{rounded} (exact: {Size(value)}; --fraction prints it)");
    }

    /// <summary>Past this many bits of numerator and denominator no exact text can be short, so none is written out just to be measured.</summary>
    private const long MaxExactTextBits = 4 * 64 * MaxExactTextLength;

    /// <summary>Marks a rounded decimal as cut short: <c>1.0440</c> → <c>1.0440…</c>, <c>1.0715e+301</c> → <c>1.0715…e+301</c>.</summary>
    private static string Elided(string text)
    {
        var e = text.IndexOfAny(['e', 'E']);
        return e < 0 ? text + "…" : text[..e] + "…" + text[e..];
    }

    private static string Size(Real value)
    {
        var num = BigInteger.Abs(value.Numerator).ToString(CultureInfo.InvariantCulture).Length;
        var den = value.Denominator.ToString(CultureInfo.InvariantCulture).Length;
        return value.Denominator.IsOne
            ? $"an integer of {num:N0} digits"
            : $"a fraction of {num:N0} over {den:N0} digits";
    }

    private static ComputationGraph? BuildGraph(string text, IReadOnlyList<KeyValuePair<string, Real>> variables)
    {
        var parsed = ExpressionParser.Parse(text);
        if (!parsed.Succeeded)
        {
            Report(text, parsed.Diagnostics);
            return null;
        }

        var (graph, diagnostics) = ExpressionGraph.Build(parsed.Program!, variables);
        if (graph is null)
        {
            Report(text, diagnostics);
        }

        return graph;
    }

    private static void Report(string text, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Take(3))
        {
            Console.Error.WriteLine($"explainer: {diagnostic.Format(text)}");
        }
    }

    private static List<KeyValuePair<string, Real>> ParseBindings(string[] bindings)
    {
        var result = new List<KeyValuePair<string, Real>>();
        foreach (var binding in bindings)
        {
            var eq = binding.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"'{binding}' is not a value: write name=value, e.g. a=5");
            }

            var name = binding[..eq].Trim();
            if (result.Any(kv => kv.Key == name))
            {
                throw new ArgumentException($"'{name}' is given twice");
            }

            if (!Real.TryParse(binding[(eq + 1)..], out var value, out var error))
            {
                throw new ArgumentException($"the value of {name}: {error}");
            }

            result.Add(new(name, value));
        }

        return result;
    }

    private static void Print(Trace trace, int digits)
    {
        var console = AnsiConsole.Console;
        var output = trace.Graph.Output;
        var inputs = trace.Graph.Nodes.Where(n => n.Kind == NodeKind.Input).ToList();
        if (trace.Graph.Nodes.Count <= MaxTableNodes)
        {
            console.Write(TraceTables.Forward(trace.Graph, digits));
            console.Write(TraceTables.Edges(trace, digits));
            console.Write(TraceTables.Gradients(trace, inputs, digits));
        }
        else
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"explainer: note: the graph has {trace.Graph.Nodes.Count:N0} nodes; its tables are printed only up to {MaxTableNodes:N0}"));
        }

        Console.Out.WriteLine($"{output.Name} = {Describe(output.Value, digits, fraction: false)}");
        foreach (var node in inputs)
        {
            Console.Out.WriteLine($"∂{output.Name}/∂{node.Name} = {Describe(trace.Gradient(node), digits, fraction: false)}");
        }
    }
}
