using System.CommandLine;
using Explainer.Specs;

namespace Explainer.Cli;

/// <summary><c>explainer validate FILE…</c>: checks spec files (schema, shapes, numbers, names, limits, claims) without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Spec files (.yaml, .yml or .json).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check spec files without running them: 'FILE: ok' for each good one, every problem as file:line:column for a bad one.") { files };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                var result = SpecLoader.Load(file);
                if (result.Succeeded)
                {
                    Console.Out.WriteLine($"{file}: ok");
                    continue;
                }

                failed = true;
                foreach (var message in result.Messages)
                {
                    Console.Error.WriteLine(message);
                }
            }

            return failed ? CliError.SpecFileError : 0;
        }));
        return command;
    }
}
