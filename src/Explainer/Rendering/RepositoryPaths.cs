namespace Explainer.Rendering;

/// <summary>Finds a folder of the Explainer repository (tools/, templates/) from where the program runs.</summary>
internal static class RepositoryPaths
{
    /// <summary>Walks up from <see cref="AppContext.BaseDirectory"/>, then from the current directory, for <c>folder/requiredFile</c>.</summary>
    /// <exception cref="InvalidOperationException">No such folder was found.</exception>
    public static string Find(string folder, string requiredFile)
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, folder);
                if (File.Exists(Path.Combine(candidate, requiredFile)))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Could not find {folder}/{requiredFile} above '{AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}'. "
            + "Run Explainer from inside its repository.");
    }

    /// <summary>Finds the repository's templates folder.</summary>
    public static string Templates() => Find("templates", "lesson.md.sbn");
}
