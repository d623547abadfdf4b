namespace Explainer.Site;

/// <summary>Decides where a site may be built: the real folder behind <c>--out</c>, and the folders no build may ever replace.</summary>
/// <remarks>
/// Refused outright, even with <c>--force</c>: the file-system root, the home folder and its ancestors, the current folder
/// and its ancestors, a folder holding the templates or the running program (so the repository itself and what contains
/// it), a git work tree (a folder holding <c>.git</c>) or anything inside <c>.git</c>, and a path that is not a folder.
/// A symbolic link to a folder is followed and its target is checked by the same rules; the link stays a link.
/// </remarks>
internal static class SiteFolder
{
    /// <summary>The real path of the folder to build into, after the refusals above.</summary>
    /// <exception cref="IOException">The path is one explainer never builds into; the message says why.</exception>
    /// <param name="outputDirectory">The folder as <c>--out</c> names it.</param>
    /// <param name="ownDirectories">The folders of templates and assets the build reads, which it may never build over.</param>
    public static string Resolve(string outputDirectory, params IEnumerable<string> ownDirectories)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            throw new IOException("--out needs a folder; got an empty name");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        switch (NativeFiles.Kind(full, followLinks: false))
        {
            case FileKind.SymbolicLink:
                var target = NativeFiles.Kind(full, followLinks: true);
                if (target != FileKind.Directory)
                {
                    throw Refuse(outputDirectory, target == FileKind.Missing ? "a symbolic link to nothing" : "a symbolic link to a file, not to a folder");
                }

                break;
            case FileKind.Missing or FileKind.Directory:
                break;
            case FileKind.Regular:
                throw Refuse(outputDirectory, "a file, not a folder");
            default:
                throw Refuse(outputDirectory, "not a folder");
        }

        var real = RealPath(full);
        var why = Protected(real, ownDirectories);
        return why is null ? real : throw Refuse(outputDirectory, why);
    }

    /// <summary>The path with every symbolic link resolved, as far as it exists; the missing rest is appended as written.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var result = root;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                result = Path.GetDirectoryName(result) ?? root;
                continue;
            }

            var next = Path.Combine(result, part);
            if (NativeFiles.Kind(next, followLinks: false) != FileKind.SymbolicLink)
            {
                result = next;
                continue;
            }

            if (++links > 40)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            var target = new FileInfo(next).LinkTarget!;
            if (Path.IsPathRooted(target))
            {
                result = Path.GetPathRoot(target)!;
            }

            foreach (var p in Parts(target).Reverse())
            {
                pending.Push(p);
            }
        }

        return result;
    }

    private static string? Protected(string real, IEnumerable<string> ownDirectories)
    {
        if (real == Path.GetPathRoot(real))
        {
            return "the root of the file system";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Contains(real, RealPath(home)))
        {
            return real == RealPath(home) ? "the home folder" : "a folder that holds the home folder";
        }

        var current = RealPath(Directory.GetCurrentDirectory());
        if (Contains(real, current))
        {
            return real == current ? "the current folder" : "a folder that holds the current folder";
        }

        if (ownDirectories.Any(d => Contains(real, RealPath(d))) || Contains(real, RealPath(AppContext.BaseDirectory)))
        {
            return "a folder that holds explainer's own files (its templates or its program)";
        }

        if (Directory.Exists(Path.Combine(real, ".git")) || File.Exists(Path.Combine(real, ".git")))
        {
            return "a git work tree";
        }

        return Parts(real).Contains(".git", StringComparer.Ordinal) ? "inside a .git folder" : null;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="folder"/> or lies inside it.</summary>
    private static bool Contains(string folder, string inner)
    {
        var f = Path.TrimEndingDirectorySeparator(folder);
        var i = Path.TrimEndingDirectorySeparator(inner);
        return i == f || i.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Parts(string path)
        => path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");

    private static IOException Refuse(string path, string what)
        => new($"--out {path} is {what}; explainer never builds a site there, even with --force: choose a new folder, such as site");
}
