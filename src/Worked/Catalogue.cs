using Explainer.Worked.Examples;

namespace Explainer.Worked;

/// <summary>The worked examples of the course notes, in course order.</summary>
public static class Catalogue
{
    /// <summary>Gets every worked example.</summary>
    public static IReadOnlyList<WorkedExample> All { get; } = [Net222.Example, JGraph.Example, LogisticGraph.Example, LinearChain.Example, AndNeuron.Example];

    /// <summary>Gets every non-numeric slip the engine has found in the notes: the examples' own, then the rest of the notes'.</summary>
    public static IReadOnlyList<Checking.Erratum> Errata { get; } = [.. All.SelectMany(e => e.Errata), .. NotesErrata.All];

    /// <summary>Finds an example by id.</summary>
    /// <exception cref="KeyNotFoundException">No example has that id; the message lists the ids.</exception>
    public static WorkedExample Get(string id)
        => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
           ?? throw new KeyNotFoundException($"no worked example '{id}'; known: {string.Join(", ", All.Select(e => e.Id))}");
}
