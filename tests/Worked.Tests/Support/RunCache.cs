namespace Explainer.Worked.Tests.Support;

/// <summary>Runs each (example, policy) once.</summary>
/// <remarks>
/// Approximate values cache their enclosures, so a run is not shared between test classes (which xunit runs in
/// parallel): each class keeps its own cache, and a class's tests run one at a time.
/// </remarks>
internal sealed class RunCache
{
    private readonly Dictionary<(string, string), WorkedRun> _runs = [];
    private readonly Lock _lock = new();

    public WorkedRun Get(string exampleId, string policy = Policies.None)
    {
        lock (_lock)
        {
            if (!_runs.TryGetValue((exampleId, policy), out var run))
            {
                run = Catalogue.Get(exampleId).Run(Policies.Parse(policy));
                _runs.Add((exampleId, policy), run);
            }

            return run;
        }
    }
}
