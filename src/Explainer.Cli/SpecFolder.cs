using System.Globalization;
using Explainer.Specs;

namespace Explainer.Cli;

/// <summary><c>explainer list FOLDER</c>: the spec files of a folder, each with its id and title or the first problem that keeps it from loading.</summary>
internal static class SpecFolder
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The most files listed; a folder with more is listed up to this many, with a last line saying so.</summary>
    internal const int MaxFiles = 1_000;

    /// <summary>One line per spec file of <paramref name="folder"/> (not its subfolders), in name order.</summary>
    /// <exception cref="IOException">The folder does not exist or cannot be read.</exception>
    public static IReadOnlyList<string> List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new IOException(File.Exists(folder) ? $"{folder} is a file; list takes a folder of spec files" : $"no such folder '{folder}'");
        }

        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder)
                .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.Ordinal)];
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"cannot read the folder {folder}: {e.Message.TrimEnd('.')}", e);
        }

        if (files.Count == 0)
        {
            return [$"{folder}: no spec files (.yaml, .yml, .json)"];
        }

        var lines = new List<string>();
        foreach (var file in files.Take(MaxFiles))
        {
            var result = SpecLoader.Load(file);
            if (result.Succeeded)
            {
                var (id, title, kind) = result.Network is { } network ? (network.Id, network.Title, "network") : (result.Expression!.Id, result.Expression.Title, "expression");
                lines.Add($"{id,-16} {title ?? "(no title)"}  [{Path.GetFileName(file)}, {kind}]");
            }
            else
            {
                var more = result.Diagnostics.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {result.Diagnostics.Count - 1} more; see `explainer validate {file}`)") : string.Empty;
                lines.Add(result.Messages[0] + more);
            }
        }

        if (files.Count > MaxFiles)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"… {files.Count - MaxFiles:N0} more files not listed (the limit is {MaxFiles:N0})"));
        }

        return lines;
    }
}
