using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>How a <see cref="World"/> departs from the trace's formulas to make one mistake; each rule returns null where it does not apply.</summary>
internal sealed record WorldRules
{
    /// <summary>Gets the rules of the learner's own world: the trace's formulas.</summary>
    public static WorldRules None { get; } = new();

    /// <summary>Gets a replacement for a node's forward value.</summary>
    public Func<World, Node, HashSet<QuantityKey>, Real?>? Forward { get; init; }

    /// <summary>Gets a replacement for an edge's local partial, given the consumer's input values and output.</summary>
    public Func<World, EdgeStep, IReadOnlyList<Real>, Real, HashSet<QuantityKey>, Real?>? Partial { get; init; }

    /// <summary>Gets which of a node's paths its gradient sums (all, by default).</summary>
    public Func<Node, IReadOnlyList<EdgeStep>, IReadOnlyList<EdgeStep>>? Paths { get; init; }

    /// <summary>Gets a replacement for a parameter's update, given its old value and the learning rate (null when it is not updated).</summary>
    public Func<World, Node, Real, Real?, HashSet<QuantityKey>, Real?>? Update { get; init; }

    /// <summary>Gets the significant digits every computed value is rounded to (a learner who rounds as they go), or null.</summary>
    public int? RoundTo { get; init; }
}
