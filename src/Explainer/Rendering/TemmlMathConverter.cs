using System.Globalization;
using System.Text.Json;

namespace Explainer.Rendering;

/// <summary>Converts TeX to MathML with temml, running <c>node tools/mathml.mjs</c> once per batch.</summary>
/// <remarks>
/// One process per <see cref="Convert"/> call: node and temml take about a tenth of a second to
/// start, so callers should gather every formula of a site build into one batch.
/// </remarks>
internal sealed class TemmlMathConverter : IMathConverter
{
    private const string Script = "mathml.mjs";

    private readonly string? _toolsDirectory;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a converter.</summary>
    /// <param name="toolsDirectory">The folder holding mathml.mjs and its node_modules; null to find the repository's tools/.</param>
    /// <param name="timeout">How long one batch may take; null for <see cref="NodeTools.DefaultTimeout"/>.</param>
    public TemmlMathConverter(string? toolsDirectory = null, TimeSpan? timeout = null)
    {
        _toolsDirectory = toolsDirectory;
        _timeout = timeout ?? NodeTools.DefaultTimeout();
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Node.js, the script or its packages are missing, or the script failed.</exception>
    /// <exception cref="TimeoutException">The batch took longer than the timeout.</exception>
    public IReadOnlyList<MathResult> Convert(IReadOnlyList<MathRequest> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        var tools = NodeTools.FindDirectory(Script, _toolsDirectory);
        NodeTools.RequirePackage(tools, "temml");

        var input = JsonSerializer.Serialize(items, MathJsonContext.Default.IReadOnlyListMathRequest);
        var run = NodeProcess.Run(Path.Combine(tools, Script), [], input, tools, _timeout);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {Script} failed with exit code {run.ExitCode}: {run.StandardError.Trim()}");
        }

        List<MathResult>? results;
        try
        {
            results = JsonSerializer.Deserialize(run.StandardOutput, MathJsonContext.Default.ListMathResult);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"node {Script} wrote output that is not the expected JSON: {e.Message}", e);
        }
        if (results is null || results.Count != items.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"node {Script} returned {results?.Count ?? 0} results for {items.Count} formulas."));
        }
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is null || (results[i].MathMl is null) == (results[i].Error is null))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"node {Script} returned an entry {i} with neither or both of \"mathml\" and \"error\"."));
            }
        }
        return results;
    }
}
