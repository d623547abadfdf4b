using System.Runtime.CompilerServices;
using Explainer.Numbers;

namespace Explainer.Graph;

/// <summary>One edge of the backward pass: how much <see cref="Input"/> contributes to the output's gradient through <see cref="Consumer"/>.</summary>
/// <remarks>
/// The contribution is made when first asked for: the backward pass sums an input's contributions as one fused dot
/// product of the upstream gradients and the partials (<see cref="Backward"/>), so a trace whose contributions are never
/// shown never builds them (a weight of a batch of 8 has 8). The upstream gradient is read from the trace's gradients,
/// not copied into each edge.
/// </remarks>
public sealed class EdgeStep
{
    private readonly Real[] _gradients;
    private StrongBox<Real>? _contribution;

    /// <summary>Creates an edge of a backward pass whose gradients are <paramref name="gradients"/>, indexed by node id (the consumer's is set).</summary>
    internal EdgeStep(Node consumer, Node input, int index, Real partial, Real[] gradients)
    {
        Consumer = consumer;
        Input = input;
        Index = index;
        Partial = partial;
        _gradients = gradients;
    }

    /// <summary>Creates an edge whose contribution is already known (the backward pass's single-consumer edges, whose contribution is the input's gradient).</summary>
    internal EdgeStep(Node consumer, Node input, int index, Real partial, Real[] gradients, Real contribution)
        : this(consumer, input, index, partial, gradients)
    {
        _contribution = new StrongBox<Real>(contribution);
    }

    /// <summary>Gets the node computed from <see cref="Input"/>.</summary>
    public Node Consumer { get; }

    /// <summary>Gets the input node.</summary>
    public Node Input { get; }

    /// <summary>Gets the position of <see cref="Input"/> among the consumer's inputs.</summary>
    public int Index { get; }

    /// <summary>Gets ∂consumer/∂input, the local partial.</summary>
    public Real Partial { get; }

    /// <summary>Gets ∂output/∂consumer, the gradient arriving from above.</summary>
    public Real Upstream => _gradients[Consumer.Id];

    /// <summary>Gets upstream × partial: this path's share of ∂output/∂input (the same value each time it is read).</summary>
    public Real Contribution
    {
        get
        {
            var box = Volatile.Read(ref _contribution);
            if (box is null)
            {
                Interlocked.CompareExchange(ref _contribution, new StrongBox<Real>(Upstream * Partial), null);
                box = _contribution;
            }

            return box!.Value;
        }
    }

    /// <summary>Gets ∂consumer/∂input as LaTeX over the symbols (written when first asked for: the backward pass itself needs only numbers).</summary>
    public string PartialFormula => Consumer.Op is { } op
        ? op.LocalPartialFormula(Index, Consumer.Inputs.Select(i => i.Symbol).ToList(), Consumer.Symbol)
        : throw new InvalidOperationException($"'{Consumer.Name}' is a leaf and has no partials");

    /// <summary>∂consumer/∂input as its op's rule (<see cref="PartialFormula"/>) with numbers for symbols: each input's value and the consumer's value as <paramref name="display"/> writes them in TeX.</summary>
    /// <remarks>One definition gives both forms, so the rule a lesson states and the numbers it puts in cannot disagree: −(target − out) becomes −(0.01 − 0.7513650696).</remarks>
    public string PartialSubstituted(DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(display);
        return Consumer.Op is { } op
            ? op.LocalPartialFormula(Index, Consumer.Inputs.Select(i => display.Tex(i.Value)).ToList(), display.Tex(Consumer.Value))
            : throw new InvalidOperationException($"'{Consumer.Name}' is a leaf and has no partials");
    }
}
