using System.Text.Json;
using System.Text.Json.Serialization;

namespace Explainer.Rendering;

/// <summary>Indexes the pages with Pagefind (npm, from <c>tools/</c>'s lockfile), running <c>node tools/search-index.mjs</c> once per build.</summary>
/// <remarks>
/// Pagefind writes one index per page language (<c>&lt;html lang&gt;</c>), segmenting Chinese with its extended binary, and
/// its search UI, all under <c>pagefind/</c>. The files come back over standard output, so they join the rest of the site
/// and are swapped in with it: a failed index leaves the previous site as it was. Indexing the notes' course takes about
/// 0.2 s.
/// </remarks>
internal sealed partial class PagefindSearchIndexer : ISearchIndexer
{
    /// <summary>The folder of the site that holds the index and the search UI.</summary>
    public const string Folder = "pagefind";

    private const string Script = "search-index.mjs";
    private readonly string? _toolsDirectory;

    /// <summary>An indexer using <paramref name="toolsDirectory"/>, or the repository's <c>tools/</c> when null.</summary>
    public PagefindSearchIndexer(string? toolsDirectory = null) => _toolsDirectory = toolsDirectory;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Node.js, the script or Pagefind is missing, or indexing failed.</exception>
    public IReadOnlyDictionary<string, byte[]> Index(IReadOnlyList<SearchPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var tools = NodeTools.FindDirectory(Script, _toolsDirectory);
        NodeTools.RequirePackage(tools, "pagefind");
        var input = JsonSerializer.Serialize(new Request(pages), Json.Default.Request);
        var run = NodeProcess.Run(Path.Combine(tools, Script), [], input, tools, NodeTools.DefaultTimeout());
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {Script} (Pagefind, the search index) failed with exit code {run.ExitCode}: {run.StandardError.Trim()}");
        }

        Response? response;
        try
        {
            response = JsonSerializer.Deserialize(run.StandardOutput, Json.Default.Response);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"node {Script} wrote output that is not the expected JSON: {e.Message}", e);
        }

        if (response?.Files is not { Count: > 0 } files || files.Any(f => !f.Path.StartsWith(Folder + "/", StringComparison.Ordinal) || f.Path.Contains("..", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"node {Script} returned no index, or a file outside {Folder}/");
        }

        return files.ToDictionary(f => f.Path, f => Convert.FromBase64String(f.Base64), StringComparer.Ordinal);
    }

    internal sealed record Request(IReadOnlyList<SearchPage> Pages);

    internal sealed record Response(List<IndexFile> Files);

    internal sealed record IndexFile(string Path, string Base64);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(Request))]
    [JsonSerializable(typeof(Response))]
    internal sealed partial class Json : JsonSerializerContext;
}
