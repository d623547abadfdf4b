using System.Globalization;

namespace Explainer.Rendering;

/// <summary>Finds the repository's <c>tools/</c> folder, where the Node scripts and their node_modules live.</summary>
internal static class NodeTools
{
    /// <summary>The command that installs the Node packages, as the error messages tell it.</summary>
    public const string InstallCommand = "npm ci --prefix tools";

    /// <summary>How long one run of a build's Node script (temml's batch, Pagefind's index) may take: one minute (a whole course takes
    /// about a second), or <c>EXPLAINER_NODE_TIMEOUT</c> seconds when that is set, which tests use.</summary>
    public static TimeSpan DefaultTimeout()
        => double.TryParse(Environment.GetEnvironmentVariable("EXPLAINER_NODE_TIMEOUT"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(1);

    /// <summary>Finds the folder holding <paramref name="scriptName"/>.</summary>
    /// <param name="scriptName">A script the folder must contain, e.g. <c>mathml.mjs</c>.</param>
    /// <param name="explicitDirectory">A folder to use instead of searching, or null to search.</param>
    /// <remarks>
    /// The search walks up from <see cref="AppContext.BaseDirectory"/> (bin/… of a build inside the
    /// repository) and then from the current directory, looking for <c>tools/</c><paramref name="scriptName"/>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">No such folder was found, or the explicit one lacks the script.</exception>
    public static string FindDirectory(string scriptName, string? explicitDirectory = null)
    {
        if (explicitDirectory is not null)
        {
            var full = Path.GetFullPath(explicitDirectory);
            if (!File.Exists(Path.Combine(full, scriptName)))
            {
                throw new InvalidOperationException($"The tools folder '{full}' has no {scriptName}.");
            }
            return full;
        }

        return RepositoryPaths.Find("tools", scriptName);
    }

    /// <summary>Checks that <c>npm ci</c> has installed <paramref name="package"/> under <paramref name="toolsDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">The package is not installed.</exception>
    public static void RequirePackage(string toolsDirectory, string package)
    {
        var packageJson = Path.Combine(toolsDirectory, "node_modules", package, "package.json");
        if (!File.Exists(packageJson))
        {
            throw new InvalidOperationException(
                $"The Node package '{package}' is not installed in '{toolsDirectory}': run `{InstallCommand}` "
                + "from the repository root (a `dotnet build` does it too).");
        }
    }
}
