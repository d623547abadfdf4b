using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Explainer.Checking;
using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>The commands over the worked-example catalogue: list, show, golden, bench.</summary>
internal static class CatalogueCommands
{
    public static Command List()
    {
        var command = new Command("list", "List the worked examples of the course notes.");
        command.SetAction(_ => CliError.Guard(() =>
        {
            foreach (var e in Catalogue.All)
            {
                Console.Out.WriteLine($"{e.Id,-16} {e.Title}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Show()
    {
        var example = new Argument<string>("example") { Description = "The example id (see `explainer list`)." };
        var digits = DigitsOption(12);
        var policy = PolicyOption();
        var command = new Command("show", "Show an example's forward values, local partials, gradients, updates and claims.") { example, digits, policy };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = CheckDigits(parse.GetValue(digits));
            var run = Catalogue.Get(parse.GetValue(example)!).Run(CliError.ParsePolicy(parse.GetValue(policy)));
            ShowRun(run, d);
            return 0;
        }));
        return command;
    }

    public static Command Golden()
    {
        var example = new Argument<string>("example") { Description = "The example id (see `explainer list`)." };
        var digits = DigitsOption(30);
        var policy = PolicyOption();
        var output = new Option<string?>("--out") { Description = "Write the JSON to this file instead of standard output." };
        var command = new Command("golden", "Write every value, partial, gradient and update of an example as JSON golden values.") { example, digits, policy, output };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = CheckDigits(parse.GetValue(digits));
            var run = Catalogue.Get(parse.GetValue(example)!).Run(CliError.ParsePolicy(parse.GetValue(policy)));
            var provenance = new GoldenProvenance(
                run.Example.Id,
                d,
                run.Policy is { } p ? CliError.PolicyName(p) : null,
                run.Example.Claims.Select(c => c.Source).Distinct().ToList());
            var path = parse.GetValue(output);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                GoldenWriter.Write(stdout, provenance, run.Trace, run.Updates, run.Checks);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                AtomicFile.Write(path, s => GoldenWriter.Write(s, provenance, run.Trace, run.Updates, run.Checks));
            }

            return 0;
        }));
        return command;
    }

    public static Command Bench()
    {
        var example = new Argument<string>("example") { Description = "The example id (see `explainer list`)." };
        var digits = DigitsOption(50);
        var iterations = new Option<int>("--iterations") { Description = "How many traces to time.", DefaultValueFactory = _ => 200 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds to run before timing (0 to 60), so that the runtime has finished optimising.", DefaultValueFactory = _ => 2 };
        var command = new Command("bench", "Time the full certified trace of an example: forward, all gradients, all updates, every value to N digits.") { example, digits, iterations, warmup };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = CheckDigits(parse.GetValue(digits));
            var n = parse.GetValue(iterations);
            if (n < 1)
            {
                throw new ArgumentException("--iterations must be at least 1");
            }

            var seconds = parse.GetValue(warmup);
            if (!(seconds is >= 0 and <= 60))
            {
                throw new ArgumentException($"--warmup must be between 0 and 60 seconds; got {seconds}");
            }

            var worked = Catalogue.Get(parse.GetValue(example)!);

            // Warm up (two seconds by default): the runtime recompiles hot methods with full, profile-guided optimisation
            // only after they have run a while; timing earlier measures the JIT tiers, not the engine.
            var warm = Stopwatch.StartNew();
            do
            {
                worked.Run().Certify(d);
            }
            while (warm.Elapsed < TimeSpan.FromSeconds(seconds));

            var times = new double[n];
            for (var i = 0; i < n; i++)
            {
                var sw = Stopwatch.StartNew();
                worked.Run().Certify(d);
                times[i] = sw.Elapsed.TotalMicroseconds;
            }

            Array.Sort(times);
            Console.Out.WriteLine($"{worked.Id} at {d} digits: median {times[n / 2]:F0} µs per certified trace (min {times[0]:F0}, max {times[^1]:F0}, n = {n})");
            if (typeof(WorkedRun).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            {
                Console.Error.WriteLine("note: this is a Debug build, whose timings say little; run `dotnet run -c Release --project src/Explainer.Cli -- bench …`");
            }
            return 0;
        }));
        return command;
    }

    internal static Option<int> DigitsOption(int defaultDigits) => new("--digits")
    {
        Description = "Significant digits of every value (1 to 10000).",
        DefaultValueFactory = _ => defaultDigits,
    };

    internal static int CheckDigits(int digits)
        => digits is >= 1 and <= 10_000 ? digits : throw new ArgumentException($"--digits must be between 1 and 10000; got {digits}");

    private static Option<string?> PolicyOption() => new("--bias-policy")
    {
        Description = "How biases are handled: frozen (never updated, as in the notes), shared (one per layer, updated), per-neuron.",
    };

    private static void ShowRun(WorkedRun run, int digits)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(run.Example.Title)}[/] ({Markup.Escape(run.Example.Id)}{(run.Policy is { } p ? ", bias policy " + CliError.PolicyName(p) : string.Empty)})");

        console.Write(TraceTables.Forward(run.Graph, digits));
        console.Write(TraceTables.Edges(run.Trace, digits));
        console.Write(TraceTables.Gradients(run.Trace, run.Graph.Nodes.Where(n => n.Kind is Graph.NodeKind.Input or Graph.NodeKind.Parameter), digits));

        if (run.Updates.Count > 0)
        {
            var updates = new Table().Title("Updates θ⁺ = θ − η ∂E/∂θ").AddColumns("parameter", "old", "gradient", "η", "new");
            foreach (var u in run.Updates)
            {
                updates.AddRow(Markup.Escape(u.Parameter.Name), Markup.Escape(Text(u.Old, digits)), Markup.Escape(Text(u.Gradient, digits)), Markup.Escape(Text(u.LearningRate, digits)), Markup.Escape(Text(u.New, digits)));
            }

            console.Write(updates);
        }

        var claims = new Table().Title("What the notes print").AddColumns("", "source", "printed", "quantity", "verdict");
        foreach (var c in run.Checks)
        {
            var ok = c.Status == ClaimStatus.Matches;
            claims.AddRow(ok ? "[green]✓[/]" : "[red]✗[/]", Markup.Escape(c.Claim.Citation), Markup.Escape(c.Claim.Printed), Markup.Escape(c.Claim.Quantity), ok ? "matches" : Markup.Escape(c.Explanation));
        }

        console.Write(claims);
    }

    private static string Text(Real value, int digits) => TraceTables.Text(value, digits);
}
