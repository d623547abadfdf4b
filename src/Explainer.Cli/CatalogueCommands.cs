using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Explainer.Checking;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Site;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>The commands over the worked-example catalogue: list, show, golden, bench.</summary>
internal static class CatalogueCommands
{
    public static Command List()
    {
        var folder = new Argument<string?>("folder") { Description = "A folder of spec files (.yaml, .yml, .json) to list instead of the catalogue.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List the worked examples of the course notes, or the spec files of a folder.") { folder };
        command.SetAction(parse => CliError.Guard(() =>
        {
            if (parse.GetValue(folder) is { } path)
            {
                foreach (var line in SpecFolder.List(path))
                {
                    Console.Out.WriteLine(line);
                }

                return 0;
            }

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
        var example = new Argument<string>("example") { Description = CliError.ExampleArgument };
        var digits = CliOptions.Digits(12);
        var policy = CliOptions.BiasPolicy();
        var command = new Command("show", "Show an example's forward values, local partials, gradients, updates and claims.") { example, digits, policy };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var run = SpecExamples.Resolve(parse.GetValue(example)!).Run(parse.GetValue(policy));
            ShowRun(run, d);
            return 0;
        }));
        return command;
    }

    public static Command Golden()
    {
        var example = new Argument<string>("example") { Description = CliError.ExampleArgument };
        var digits = CliOptions.Digits(30);
        var policy = CliOptions.BiasPolicy();
        var output = new Option<string?>("--out") { Description = "Write the JSON to this file instead of standard output." };
        var command = new Command("golden", "Write every value, partial, gradient and update of an example as JSON golden values.") { example, digits, policy, output };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var run = SpecExamples.Resolve(parse.GetValue(example)!).Run(parse.GetValue(policy));
            var path = parse.GetValue(output);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                run.WriteGolden(stdout, d);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                AtomicFile.Write(path, s => run.WriteGolden(s, d));
            }

            return 0;
        }));
        return command;
    }

    public static Command Bench()
    {
        var example = new Argument<string>("example") { Description = CliError.ExampleArgument };
        var digits = CliOptions.Digits(50);
        var iterations = new Option<int>("--iterations")
        {
            Description = "How many traces to time.",
            DefaultValueFactory = _ => 200,
            CustomParser = result => CliOptions.ParseWhole("--iterations", result),
        };
        var warmup = new Option<double>("--warmup")
        {
            Description = "Seconds of CPU time to run before timing (0 to 60), so that the runtime has finished optimising.",
            DefaultValueFactory = _ => 2,
            CustomParser = result => CliOptions.ParseSeconds("--warmup", result),
        };
        var values = new Option<string>("--values")
        {
            Description = "Which values each trace certifies: all (every node value, gradient, local partial, contribution and update) or updates (the loss and every updated parameter, as the peers' mlp_arb certifies).",
            DefaultValueFactory = _ => "all",
        };
        values.AcceptOnlyFromAmong("all", "updates");
        var command = new Command("bench", "Time the full certified trace of an example: forward, all gradients, all updates, every value to N digits.") { example, digits, iterations, warmup, values };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var n = parse.GetValue(iterations);
            if (n is < 1 or > MaxBenchIterations)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--iterations must be between 1 and {MaxBenchIterations:N0}; got {n:N0}"));
            }

            var seconds = parse.GetValue(warmup);
            if (!(seconds is >= 0 and <= 60))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--warmup must be between 0 and 60 seconds; got {seconds}"));
            }

            var worked = SpecExamples.Resolve(parse.GetValue(example)!);
            var updatesOnly = parse.GetValue(values) == "updates";
            int Certify(WorkedRun run) => updatesOnly ? run.CertifyUpdates(d) : run.Certify(d);

            // Warm up (two seconds by default): the runtime recompiles hot methods with full, profile-guided optimisation
            // only after they have run a while; timing earlier measures the JIT tiers, not the engine. The seconds are this
            // process's CPU time (all its threads, the JIT's included), not the wall clock: on a loaded host a wall-clock
            // warm-up ends before the background compiler has had its turn, and the timings then measure tier 0.
            using var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var warm = Stopwatch.StartNew();
            WorkedRun last;
            do
            {
                last = worked.Run();
                Certify(last);
                process.Refresh();
            }
            while (process.TotalProcessorTime - cpuStart < TimeSpan.FromSeconds(seconds) && warm.Elapsed < WarmupWallLimit);

            // Timing stops at a budget, so that many iterations at many digits end with what was measured instead of running for hours.
            var times = new List<double>(Math.Min(n, 100_000));
            var timing = Stopwatch.StartNew();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            while (times.Count < n && timing.Elapsed < BenchBudget)
            {
                var sw = Stopwatch.StartNew();
                Certify(worked.Run());
                times.Add(sw.Elapsed.TotalMicroseconds);
            }

            var bytesPerTrace = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)times.Count;
            times.Sort();
            var stopped = times.Count < n ? string.Create(CultureInfo.InvariantCulture, $", stopped at the {BenchBudget.TotalSeconds:F0} s budget") : string.Empty;
            double Quantile(double q) => times[(int)Math.Min(times.Count - 1, Math.Floor(q * times.Count))];
            // A network's figure per trainable parameter too: issue 14's allocation target is in bytes per parameter per step.
            var perParameter = last.Network is { } network && network.Trainable.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({bytesPerTrace / network.Trainable.Count:F0} B per parameter, {network.Trainable.Count:N0} parameters)")
                : string.Empty;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{worked.Id} at {d} digits{(updatesOnly ? ", loss and updates only" : string.Empty)}: median {times[times.Count / 2]:F0} µs per certified trace (quartiles {Quantile(0.25):F0}–{Quantile(0.75):F0}, min {times[0]:F0}, max {times[^1]:F0}, n = {times.Count}{stopped}); {bytesPerTrace / 1024:F1} KiB allocated per trace{perParameter}"));
            if (typeof(WorkedRun).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            {
                Console.Error.WriteLine("note: this is a Debug build, whose timings say little; run `dotnet run -c Release --project src/Explainer.Cli -- bench …`");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>The longest a warm-up waits on the wall clock for its seconds of CPU time, on a host too busy to give them.</summary>
    internal static readonly TimeSpan WarmupWallLimit = TimeSpan.FromSeconds(120);

    /// <summary>The most traces <c>bench</c> times.</summary>
    internal const int MaxBenchIterations = 1_000_000;

    /// <summary>How long <c>bench</c> times at most (after its warm-up); it reports the traces measured by then.</summary>
    internal static readonly TimeSpan BenchBudget = TimeSpan.FromSeconds(60);

    private static void ShowRun(WorkedRun run, int digits)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(run.Example.Title)}[/] ({Markup.Escape(run.Example.Id)}{(run.Policy is { } p ? ", bias policy " + BiasPolicies.Name(p) : string.Empty)})");

        if (run.Network is { } network && MiniBatch.Of(network, run.Trace) is { } batch)
        {
            ShowBatch(batch, digits);
        }
        else
        {
            console.Write(TraceTables.Forward(run.Graph, digits));
            console.Write(TraceTables.Edges(run.Trace, digits));
            console.Write(TraceTables.Gradients(run.Trace, run.Graph.Nodes.Where(n => n.Kind is Graph.NodeKind.Input or Graph.NodeKind.Parameter), digits));
        }

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
            claims.AddRow(ok ? "[green]✓[/]" : "[red]✗[/]", Markup.Escape(c.Claim.Citation), Markup.Escape(c.Claim.Printed), Markup.Escape(c.Claim.Quantity.ToString()), ok ? "matches" : Markup.Escape(StringTable.BuiltIn(StringTable.English).Format(c.Explanation!, DisplayOptions.Default)));
        }

        console.Write(claims);
    }

    /// <summary>A mini-batch by sample: the shared parameters, each sample's forward pass, the batch loss, the edges, and each parameter's gradient over the samples.</summary>
    private static void ShowBatch(MiniBatch batch, int digits)
    {
        var console = AnsiConsole.Console;
        Console.Out.WriteLine(BatchTables.Description(batch));
        console.Write(BatchTables.Parameters(batch, digits));
        foreach (var sample in batch.Samples)
        {
            console.Write(BatchTables.Sample(batch, sample, digits));
        }

        console.Write(BatchTables.Loss(batch, digits));
        console.Write(TraceTables.Edges(batch.Trace, digits));
        console.Write(TraceTables.Gradients(batch.Trace, batch.Samples.SelectMany(s => s.Inputs), digits));
        console.Write(BatchTables.Gradients(batch, digits));
    }

    private static string Text(Real value, int digits) => TraceTables.Text(value, digits);
}
