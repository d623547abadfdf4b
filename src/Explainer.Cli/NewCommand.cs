using System.CommandLine;
using System.Globalization;
using System.Text;
using Explainer.Rendering;
using Explainer.Site;

namespace Explainer.Cli;

/// <summary><c>explainer new network [FILE]</c>, <c>explainer new expression [FILE]</c> and <c>explainer new course DIR</c>: write a commented starter spec, or a course, that runs as it is.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Write a commented starter spec file, or a starter course.");
        command.Subcommands.Add(Network());
        command.Subcommands.Add(Expression());
        command.Subcommands.Add(Course());
        return command;
    }

    /// <summary><c>new course DIR</c>: a course folder, written to a hidden sibling and moved into place whole.</summary>
    private static Command Course()
    {
        var folder = new Argument<string>("dir") { Description = "The course folder to create (refused if it exists and is not empty)." };
        var command = new Command("course", "Write a starter course (course.yaml, a network and an expression lesson, a README) that `build` and `serve` run as it is.") { folder };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var path = parse.GetValue(folder)!;
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (File.Exists(full))
            {
                throw new IOException($"{path} is a file; explainer new course writes a new folder: give a new name");
            }

            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                throw new IOException($"{path} already exists and is not empty; explainer new course does not write into it: give a new name or remove it first");
            }

            var parent = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(parent))
            {
                throw new IOException($"cannot write {path}: no such folder '{parent}'");
            }

            var files = StarterCourse.Files(path, SchemaReference(full, "course.schema.json"), SchemaReference(Path.Combine(full, "lessons"), "example.schema.json"));
            var staging = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.new-{Environment.ProcessId}"));
            try
            {
                foreach (var (name, text) in files)
                {
                    var file = Path.Combine(staging, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, text, new UTF8Encoding(false));
                }

                if (Directory.Exists(full))
                {
                    Directory.Delete(full);
                }

                Directory.Move(staging, full);
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }

            Console.Error.WriteLine($"wrote {path}: {string.Join(", ", files.Keys)}; try `explainer build {path}` or `explainer serve {path}`");
            return 0;
        }));
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
                Console.Out.Write(text(SchemaReference(Directory.GetCurrentDirectory(), "example.schema.json")));
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

            var bytes = new UTF8Encoding(false).GetBytes(text(SchemaReference(folder, "example.schema.json")));
            AtomicFile.Write(path, s => s.Write(bytes));
            Console.Error.WriteLine($"wrote {path}; try `explainer show {path}` or `explainer golden {path}`");
            return 0;
        }));
        return command;
    }

    /// <summary>The repository's schema <paramref name="schemaFile"/>, relative to <paramref name="folder"/> when that is inside the repository, with '/' separators; null when explainer runs outside its repository.</summary>
    private static string? SchemaReference(string folder, string schemaFile)
    {
        try
        {
            // Inside the repository the reference is relative, so it survives a move of the clone; outside it, absolute.
            var schemas = RepositoryPaths.Find("schemas", schemaFile);
            var schema = Path.Combine(schemas, schemaFile);
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
