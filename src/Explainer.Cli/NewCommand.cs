using System.CommandLine;
using System.Text;
using Explainer.Rendering;
using Explainer.Site;

namespace Explainer.Cli;

/// <summary><c>explainer new network [FILE]</c> and <c>explainer new expression [FILE]</c>: write a commented starter spec that runs as it is.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Write a commented starter spec file.");
        command.Subcommands.Add(Network());
        command.Subcommands.Add(Expression());
        return command;
    }

    private static Command Network() => Starter(
        "network",
        "Write a starter network spec (the notes' 2-2-2 network and two of its claims) that `show`, `golden`, `train` and `gradcheck` run as it is.",
        StarterSpec.Network);

    private static Command Expression() => Starter(
        "expression",
        "Write a starter expression spec (the notes' graph J = 3(a + bc), with a rate and two claims) that `show`, `golden` and `gradcheck` run as it is.",
        StarterSpec.Expression);

    /// <summary>A <c>new</c> subcommand: the starter text to standard output, or to a new file, written whole or not at all.</summary>
    private static Command Starter(string kind, string description, Func<string?, string> text)
    {
        var file = new Argument<string?>("file") { Description = "The file to write (refused if it exists); standard output when none is given.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command(kind, description) { file };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var path = parse.GetValue(file);
            if (path is null)
            {
                Console.Out.Write(text(SchemaReference(Directory.GetCurrentDirectory())));
                return 0;
            }

            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new IOException($"{path} already exists; explainer new does not overwrite a file: give a new name or remove it first");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder))
            {
                throw new IOException($"cannot write {path}: no such folder '{folder}'");
            }

            var bytes = new UTF8Encoding(false).GetBytes(text(SchemaReference(folder)));
            AtomicFile.Write(path, s => s.Write(bytes));
            Console.Error.WriteLine($"wrote {path}; try `explainer show {path}` or `explainer golden {path}`");
            return 0;
        }));
        return command;
    }

    /// <summary>The repository's schema, relative to <paramref name="folder"/> when that is inside the repository, with '/' separators; null when explainer runs outside its repository.</summary>
    private static string? SchemaReference(string folder)
    {
        try
        {
            // Inside the repository the reference is relative, so it survives a move of the clone; outside it, absolute.
            var schemas = RepositoryPaths.Find("schemas", "example.schema.json");
            var schema = Path.Combine(schemas, "example.schema.json");
            var repository = Path.GetDirectoryName(schemas)! + Path.DirectorySeparatorChar;
            var inside = (Path.GetFullPath(folder) + Path.DirectorySeparatorChar).StartsWith(repository, StringComparison.Ordinal);
            return (inside ? Path.GetRelativePath(folder, schema) : schema).Replace('\\', '/');
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
