using System.CommandLine;
using System.Globalization;
using Explainer.Networks;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Training;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer train</c>: several steps of one of the notes' optimizers on a network example, every quantity traced.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var example = new Argument<string>("example") { Description = CliError.NetworkArgument };
        var optimizer = new Option<string>("--optimizer") { Description = $"The update rule: {string.Join(", ", OptimizerSettings.Names)}.", DefaultValueFactory = _ => "sgd" };
        var steps = new Option<int>("--steps")
        {
            Description = $"How many full-batch steps (1 to {Trainer.MaxSteps}).",
            DefaultValueFactory = _ => 1,
            CustomParser = result => CliOptions.ParseWhole("--steps", result),
        };
        var rate = new Option<string?>("--rate") { Description = "The learning rate ε, an exact decimal (default: the example's own, 0.5 for net-2-2-2)." };
        var alpha = new Option<string>("--alpha") { Description = "Momentum's α.", DefaultValueFactory = _ => "0.9" };
        var rho = new Option<string>("--rho") { Description = "RMSProp's ρ, or Adam's ρ₁.", DefaultValueFactory = _ => "0.9" };
        var rho2 = new Option<string>("--rho2") { Description = "Adam's ρ₂.", DefaultValueFactory = _ => "0.999" };
        var delta = new Option<string?>("--delta") { Description = "δ (default 1e-7 for AdaGrad, 1e-6 for RMSProp, 1e-8 for Adam)." };
        var digits = CliOptions.Digits(9);
        var policy = CliOptions.BiasPolicy();
        var json = new Option<bool>("--json") { Description = "Write JSON golden values instead of tables." };
        var output = new Option<string?>("--out") { Description = "Write the JSON to this file (implies --json)." };
        var command = new Command("train", "Run several steps of an optimizer from the notes (SGD, momentum, AdaGrad, RMSProp, Adam) on a network example, showing every update and the optimizer's state.")
        {
            example, optimizer, steps, rate, alpha, rho, rho2, delta, digits, policy, json, output,
        };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var worked = SpecExamples.Resolve(parse.GetValue(example)!);
            var spec = CliError.NetworkSpecOf(worked, parse.GetValue(policy), "train", " with nothing to train");
            // A spec file's own optimizer and steps apply unless the command line names others; an option given wins.
            var named = Given(parse, optimizer) ? OptimizerSettings.Parse(parse.GetValue(optimizer)!) : (OptimizerKind?)null;
            var defaults = worked.Optimizer is { } own && (named is null || named == own.Kind)
                ? own with { LearningRate = spec.LearningRate }
                : OptimizerSettings.Defaults(named ?? OptimizerKind.Sgd, spec.LearningRate);
            var settings = defaults with
            {
                LearningRate = CliError.ParseExact("--rate", parse.GetValue(rate)) ?? defaults.LearningRate,
                Alpha = Given(parse, alpha) ? CliError.ParseExact("--alpha", parse.GetValue(alpha))!.Value : defaults.Alpha,
                Rho = Given(parse, rho) ? CliError.ParseExact("--rho", parse.GetValue(rho))!.Value : defaults.Rho,
                Rho2 = Given(parse, rho2) ? CliError.ParseExact("--rho2", parse.GetValue(rho2))!.Value : defaults.Rho2,
                Delta = CliError.ParseExact("--delta", parse.GetValue(delta)) ?? defaults.Delta,
            };
            var n = Given(parse, steps) ? parse.GetValue(steps) : worked.Steps;
            CheckWork(n, d);
            var training = Trainer.Train(spec, settings, n, d);
            var policyName = BiasPolicies.Name(spec.BiasPolicy);
            IReadOnlyList<string> sources = [.. worked.Claims.Select(c => c.Source).Distinct(), settings.Source];

            var path = parse.GetValue(output);
            if (path is not null)
            {
                AtomicFile.Write(path, s => TrainingWriter.Write(s, worked.Id, spec.BiasPolicy, sources, training, d));
            }
            else if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                TrainingWriter.Write(stdout, worked.Id, spec.BiasPolicy, sources, training, d);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                Show(worked, policyName, training, d);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The largest steps × digits a run may ask for: every step prints every state variable to that many digits.</summary>
    /// <remarks>Measured (Release, Adam on net-2-2-2): one step at 10,000 digits takes about 2 s, 200 steps at 300 digits 5 s.</remarks>
    internal const long MaxStepDigits = 200_000;

    /// <summary>Whether the option was written on the command line, not filled in by its default.</summary>
    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static void CheckWork(int steps, int digits)
    {
        if (steps is >= 1 and <= Trainer.MaxSteps && (long)steps * digits > MaxStepDigits)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"--steps {steps} at --digits {digits} asks for {(long)steps * digits:N0} step-digits; the limit of steps × digits is {MaxStepDigits:N0} (e.g. 1000 steps at 200 digits, or 20 steps at {CliOptions.MaxDigits})"));
        }
    }

    private static void Show(WorkedExample worked, string policy, TrainingRun run, int digits)
    {
        var console = AnsiConsole.Console;
        var o = run.Optimizer;
        var hyper = string.Join(", ", o.Hyperparameters.Select(h => $"{h.Name} = {h.Value}"));
        // Plain lines, so that a narrow or piped terminal does not wrap them mid-citation.
        Console.Out.WriteLine($"{worked.Id}: {run.Steps.Count} step{(run.Steps.Count == 1 ? string.Empty : "s")} of {o.Name} ({hyper}; {o.Source}), bias policy {policy}");
        foreach (var step in run.Steps)
        {
            var batch = MiniBatch.Of(step.Network, step.Trace);
            if (batch is not null)
            {
                if (step.Number == 1)
                {
                    Console.Out.WriteLine($"{BatchTables.Description(batch)} g[s] is a parameter's gradient in sample s alone.");
                }

                console.Write(BatchTables.Samples(batch, step.Number, digits));
            }

            var quantities = step.Updates.Count == 0 ? [] : step.Updates[0].Quantities.Select(q => q.Name).ToList();
            var title = $"Step {step.Number}: loss before {TraceTables.Text(step.Loss, digits)}";
            List<string> headers = ["parameter", "θ", .. batch is null ? Array.Empty<string>() : [BatchTables.GradientHeader(batch)], "g", .. quantities, "θ⁺"];
            var rows = new List<IReadOnlyList<string>>(step.Updates.Count);
            foreach (var u in step.Updates)
            {
                string[] samples = batch is null ? [] : [BatchTables.GradientCell(batch, u.Parameter, digits)];
                rows.Add([u.Parameter.Name, TraceTables.Text(u.Old, digits), .. samples, TraceTables.Text(u.Gradient, digits), .. u.Quantities.Select(q => TraceTables.Text(q.Value, digits)), TraceTables.Text(u.New, digits)]);
            }

            if (Console.IsOutputRedirected)
            {
                PlainTable.Write(Console.Out, title, headers, rows);
                continue;
            }

            var table = new Table().Title(Markup.Escape(title)).AddColumns([.. headers.Select(Markup.Escape)]);
            foreach (var row in rows)
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }

            console.Write(table);
        }

        Console.Out.WriteLine($"loss after step {run.Steps.Count}: {TraceTables.Text(run.FinalLoss, digits)}");
    }
}
