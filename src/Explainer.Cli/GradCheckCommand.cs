using System.CommandLine;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer gradcheck</c>: the notes' numerical check of backpropagation (001:878) for every parameter of a network or an expression.</summary>
internal static class GradCheckCommand
{
    public static Command Create()
    {
        var example = new Argument<string>("example") { Description = CliError.NetworkArgument };
        var epsilon = new Option<string>("--epsilon") { Description = "The nudge ε, an exact decimal.", DefaultValueFactory = _ => "1e-4" };
        var digits = CliOptions.Digits(9);
        var policy = CliOptions.BiasPolicy();
        var command = new Command("gradcheck", "Compare every gradient of an example (each parameter of a network or an expression; each input of an expression without parameters) with the central difference (E(θ+ε) − E(θ−ε)) / 2ε, all values exact or certified.")
        {
            example, epsilon, digits, policy,
        };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var worked = SpecExamples.Resolve(parse.GetValue(example)!);
            var eps = CliError.ParseExact("--epsilon", parse.GetValue(epsilon))!.Value;
            var run = worked.Run(parse.GetValue(policy));
            IReadOnlyList<GradientCheckRow> rows;
            if (run.Network is { } network)
            {
                rows = GradientCheck.Run(network.Spec, eps);
                Console.Out.WriteLine($"{worked.Id}: central differences with ε = {eps} (001_7a5d002ff47c9624.txt:878), bias policy {BiasPolicies.Name(network.Spec.BiasPolicy)}");
            }
            else
            {
                // An expression graph: its parameters, or every input when it marks none; never constants or targets.
                var parameters = run.Graph.Nodes.Where(n => n.Kind == NodeKind.Parameter).ToList();
                var nudged = parameters.Count > 0 ? parameters : [.. run.Graph.Nodes.Where(n => n.Kind == NodeKind.Input)];
                rows = GradientCheck.Run(run.Trace, nudged, eps);
                Console.Out.WriteLine($"{worked.Id}: central differences with ε = {eps} (001_7a5d002ff47c9624.txt:878) of {run.Graph.Output.Name} with respect to each {(parameters.Count > 0 ? "parameter" : "input")}");
            }

            var table = new Table().AddColumns("parameter", "backprop ∂E/∂θ", "(E(θ+ε) − E(θ−ε)) / 2ε", "difference", "relative error");
            foreach (var r in rows)
            {
                table.AddRow([.. new[] { r.Parameter, TraceTables.Text(r.Backprop, d), TraceTables.Text(r.Numerical, d), TraceTables.Text(r.Difference, 3), TraceTables.Text(r.RelativeError, 2) }.Select(Markup.Escape)]);
            }

            AnsiConsole.Console.Write(table);
            return 0;
        }));
        return command;
    }
}
