using System.Text;
using Explainer.Specs;

namespace Explainer.Worked;

/// <summary>The worked examples of the course notes, in course order, read from the spec files embedded from <c>src/Worked/Examples</c> by the loader a user's file goes through.</summary>
public static class Catalogue
{
    /// <summary>The examples' ids in course order, from easy to hard: a chain of two linear layers, a graph of three operations, a graph of
    /// six with an exp and a reciprocal, one sigmoid neuron, then the 2-2-2 network; each is the embedded file <c>Examples/ID.yaml</c>.</summary>
    private static readonly string[] Ids = ["linear-chain", "j-graph", "logistic-graph", "and-neuron", "net-2-2-2"];

    /// <summary>Each example, loaded when first asked for: a command that runs one example reads one file.</summary>
    private static readonly Lazy<WorkedExample>[] Loaded = [.. Ids.Select(id => new Lazy<WorkedExample>(() => Load(id)))];

    /// <summary>Gets the examples' ids in course order, without loading them.</summary>
    public static IReadOnlyList<string> ExampleIds => Ids;

    /// <summary>Gets every worked example.</summary>
    public static IReadOnlyList<WorkedExample> All => [.. Loaded.Select(l => l.Value)];

    /// <summary>Gets every non-numeric slip the engine has found in the notes: the examples' own, then the rest of the notes'.</summary>
    public static IReadOnlyList<Checking.Erratum> Errata => [.. All.SelectMany(e => e.Errata), .. NotesErrata.All];

    /// <summary>Finds an example by id.</summary>
    /// <exception cref="KeyNotFoundException">No example has that id; the message lists the ids.</exception>
    public static WorkedExample Get(string id)
    {
        var index = Array.FindIndex(Ids, i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? Loaded[index].Value : throw new KeyNotFoundException($"no worked example '{id}'; known: {string.Join(", ", Ids)}");
    }

    /// <summary>Gets the text of an example's embedded spec file.</summary>
    /// <param name="id">A catalogue id.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="KeyNotFoundException">No example has that id.</exception>
    public static string SpecText(string id)
    {
        var file = Ids.FirstOrDefault(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"no worked example '{id}'; known: {string.Join(", ", Ids)}");
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream($"Explainer.Worked.Examples.{file}.yaml")
            ?? throw new InvalidOperationException($"the spec file of {file} is not embedded in {typeof(Catalogue).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads an embedded file; its schema validity is asserted by a test, so the loader skips the schema pass.</summary>
    /// <exception cref="SpecFileException">An embedded file does not load: a build defect, reported with its diagnostics.</exception>
    private static WorkedExample Load(string id) => SpecExamples.FromLoaded(SpecLoader.ParseEmbedded(SpecText(id), $"src/Worked/Examples/{id}.yaml"));
}
