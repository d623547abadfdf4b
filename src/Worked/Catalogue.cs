using Explainer.Worked.Examples;

namespace Explainer.Worked;

/// <summary>The worked examples of the course notes, in course order.</summary>
public static class Catalogue
{
    /// <summary>Gets every worked example.</summary>
    public static IReadOnlyList<WorkedExample> All { get; } = [Net222.Example, JGraph.Example, LogisticGraph.Example, LinearChain.Example];

    /// <summary>Finds an example by id.</summary>
    /// <exception cref="KeyNotFoundException">No example has that id; the message lists the ids.</exception>
    public static WorkedExample Get(string id)
        => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
           ?? throw new KeyNotFoundException($"no worked example '{id}'; known: {string.Join(", ", All.Select(e => e.Id))}");
}
