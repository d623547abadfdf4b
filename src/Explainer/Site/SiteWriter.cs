using System.Globalization;
using System.Text;

namespace Explainer.Site;

/// <summary>Puts a built site in its folder: a whole swap when the folder is ours, a file-by-file write beside someone else's files when forced.</summary>
/// <remarks>
/// <para>
/// A folder that is missing, empty, or holds only what its marker lists is replaced as a whole: the site is written to
/// <c>.NAME.building-PID</c> beside it and exchanged with the old folder in one atomic <c>renameat2(RENAME_EXCHANGE)</c>
/// (or, where the system cannot exchange, two renames, with the old site kept as <c>.NAME.old-PID</c> until the new one is
/// in place, and put back by the next build if a kill came between them). A kill at any moment leaves the old site or
/// the new one whole; the next build removes the leftover folders (it holds the lock, so no other build owns them).
/// </para>
/// <para>
/// With <c>--force</c>, a folder holding files explainer did not write keeps them: each of our files is written in place
/// through <see cref="AtomicFile"/>, the files the old marker lists that this build no longer writes are removed, and
/// nothing else is touched.
/// </para>
/// </remarks>
internal static class SiteWriter
{
    private const string Building = ".building-";
    private const string Old = ".old-";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether <paramref name="output"/> may be replaced as a whole (true), written into beside foreign files (false, only when forced), or is refused.</summary>
    /// <exception cref="IOException">The folder holds files explainer did not write and <paramref name="force"/> is false.</exception>
    public static bool IsOurs(string output, bool force)
    {
        if (!Directory.Exists(output))
        {
            return true;
        }

        var entries = Directory.EnumerateFileSystemEntries(output).Select(e => Path.GetFileName(e)).ToList();
        if (entries.Count == 0)
        {
            return true;
        }

        var marker = Path.Combine(output, SiteBuilder.MarkerFile);
        var owned = File.Exists(marker) ? File.ReadAllLines(marker).Append(SiteBuilder.MarkerFile).ToHashSet(StringComparer.Ordinal) : null;
        var foreign = owned is null ? null : entries.SelectMany(n => Directory.Exists(Path.Combine(output, n)) && NativeFiles.Kind(Path.Combine(output, n), followLinks: false) == FileKind.Directory
                ? Directory.EnumerateFileSystemEntries(Path.Combine(output, n), "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(output, e).Replace('\\', '/'))
                : [n])
            .FirstOrDefault(n => !owned.Contains(n) || !File.Exists(Path.Combine(output, n)));
        if (owned is not null && foreign is null)
        {
            return true;
        }

        return force
            ? false
            : throw new IOException(owned is null
                ? $"{output} holds files that explainer did not write; choose another --out, or pass --force to write the site into it (its other files are kept)"
                : $"{output} holds '{foreign}', which explainer did not write; move it away, or pass --force to write the site beside it");
    }

    /// <summary>Puts back a site left aside by a killed two-rename swap and removes the leftovers of killed builds; call under the lock.</summary>
    public static void Recover(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var leftovers = Leftovers(parent, Path.GetFileName(output)).ToList();
        if (!Directory.Exists(output) && leftovers.FirstOrDefault(l => Path.GetFileName(l).Contains(Old, StringComparison.Ordinal)) is { } aside)
        {
            Directory.Move(aside, output);
            leftovers.Remove(aside);
        }

        foreach (var folder in leftovers)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="files"/> (name → text) and the marker as the whole content of <paramref name="output"/>.</summary>
    public static void Swap(string output, IReadOnlyDictionary<string, string> files)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}{Building}{Environment.ProcessId}"));
        var aside = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}{Old}{Environment.ProcessId}"));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (file, text) in files)
            {
                var path = Path.Combine(staging, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a language's folder, zh-CN/
                File.WriteAllText(path, text, Utf8);
            }

            File.WriteAllText(Path.Combine(staging, SiteBuilder.MarkerFile), Marker(files), Utf8);
            if (!Directory.Exists(output))
            {
                Directory.Move(staging, output);
            }
            else if (NativeFiles.TryExchange(staging, output))
            {
                Directory.Delete(staging, recursive: true); // the old site, now under the staging name
            }
            else
            {
                Directory.Move(output, aside);
                Directory.Move(staging, output);
                Directory.Delete(aside, recursive: true);
            }
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(aside))
            {
                Directory.Move(aside, output);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    /// <summary>Writes <paramref name="files"/> into <paramref name="output"/> one by one, keeping every file explainer did not write.</summary>
    public static void WriteBeside(string output, IReadOnlyDictionary<string, string> files)
    {
        var marker = Path.Combine(output, SiteBuilder.MarkerFile);
        var before = File.Exists(marker) ? File.ReadAllLines(marker) : [];
        foreach (var (file, text) in files)
        {
            var path = Path.Combine(output, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, s => s.Write(Utf8.GetBytes(text)));
        }

        foreach (var gone in before.Where(n => n.Length > 0 && !files.ContainsKey(n) && n != SiteBuilder.MarkerFile && !n.Contains('/', StringComparison.Ordinal)))
        {
            var path = Path.Combine(output, gone);
            if (NativeFiles.Kind(path, followLinks: false) == FileKind.Regular)
            {
                File.Delete(path);
            }
        }

        AtomicFile.Write(marker, s => s.Write(Utf8.GetBytes(Marker(files))));
    }

    private static string Marker(IReadOnlyDictionary<string, string> files) => string.Join('\n', files.Keys) + "\n";

    /// <summary>The staging and set-aside folders of earlier builds of <paramref name="name"/>: <c>.NAME.building-PID</c>, <c>.NAME.old-PID</c>.</summary>
    private static IEnumerable<string> Leftovers(string parent, string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, "." + name + ".*"))
        {
            var rest = Path.GetFileName(folder)[(name.Length + 1)..];
            var tag = rest.StartsWith(Building, StringComparison.Ordinal) ? Building : rest.StartsWith(Old, StringComparison.Ordinal) ? Old : null;
            if (tag is not null && rest.Length > tag.Length && rest[tag.Length..].All(char.IsAsciiDigit)
                && NativeFiles.Kind(folder, followLinks: false) == FileKind.Directory)
            {
                yield return folder;
            }
        }
    }
}
