using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Training;

namespace Explainer.Checking;

/// <summary>What a mistake needs to recompute a quantity with the mistake made: the trace, the learner's answers, the updates.</summary>
internal sealed class MistakeContext
{
    /// <summary>Initializes a new instance of the <see cref="MistakeContext"/> class.</summary>
    /// <param name="trace">The run's trace.</param>
    /// <param name="given">The learner's answers.</param>
    /// <param name="updates">The run's updates, by parameter.</param>
    /// <param name="rate">The learning rate, or null.</param>
    /// <param name="fromAnswers">Whether mistakes are recomputed from the learner's answers (first) or from the exact values (when that finds none).</param>
    public MistakeContext(Trace trace, IReadOnlyDictionary<QuantityKey, Real> given, IReadOnlyDictionary<Node, ParameterUpdate> updates, Real? rate, bool fromAnswers)
    {
        Trace = trace;
        Given = given;
        Updates = updates;
        Rate = rate;
        Learner = new World(trace, given, updates, rate);
        Basis = fromAnswers ? given : new Dictionary<QuantityKey, Real>();
        World = fromAnswers ? Learner : new World(trace, Basis, updates, rate);
    }

    public Trace Trace { get; }

    public IReadOnlyDictionary<QuantityKey, Real> Given { get; }

    public IReadOnlyDictionary<Node, ParameterUpdate> Updates { get; }

    public Real? Rate { get; }

    /// <summary>Gets the learner's own world: their answers, and the rest computed from them.</summary>
    public World Learner { get; }

    /// <summary>Gets the answers mistakes are recomputed from: the learner's, or none.</summary>
    public IReadOnlyDictionary<QuantityKey, Real> Basis { get; }

    /// <summary>Gets the world mistakes are recomputed in: the learner's, or the exact one.</summary>
    public World World { get; }

    /// <summary>The quantity recomputed with the mistake's rules.</summary>
    public IEnumerable<Real> With(WorldRules rules, QuantityKey key)
    {
        yield return new World(Trace, Basis, Updates, Rate, rules).Formula(key);
    }

    /// <summary>The quantity computed with the mistake made by <paramref name="compute"/>.</summary>
    public IEnumerable<Real> Of(Func<World, Real> compute)
    {
        yield return compute(World);
    }
}
