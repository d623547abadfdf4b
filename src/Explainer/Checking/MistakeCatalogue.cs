using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Checking;

/// <summary>
/// The mistakes people make in backpropagation, each recomputed by the engine (the step re-run with the mistake made,
/// never a typed-in number): an answer that matches one at the learner's precision is diagnosed as it.
/// </summary>
/// <remarks>
/// Candidates are computed from the learner's own answers first, then, when none matches, from the exact values, so
/// that a mistake is recognised whether or not the learner wrote down the answers it builds on.
/// </remarks>
public static class MistakeCatalogue
{
    private static readonly string[] Activations = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "swish", "gelu", "linear"];

    /// <summary>Gets the sign mistake: out − target for target − out, or a lost minus.</summary>
    public static Mistake Sign { get; } = new("sign", "sign flipped", "the sign is flipped: a minus sign was lost or added, or target and out were swapped (∂E/∂out = −(target − out) = out − target)")
    {
        Candidates = (c, key) => key.Kind != QuantityKind.Update ? c.Of(w => -w.Formula(key)) : [],
    };

    /// <summary>Gets the update that climbs: θ + η g.</summary>
    public static Mistake UpdateSign { get; } = new("update-sign", "gradient added", "the gradient was added: gradient descent steps downhill, θ⁺ = θ − η ∂E/∂θ")
    {
        Candidates = (c, key) => Updated(c, key) is { } p ? c.Of(w => w.Value(p) + (c.Rate!.Value * w.Evaluate(QuantityKey.Gradient(p.Name)))) : [],
    };

    /// <summary>Gets net used where out belongs (the activation skipped).</summary>
    public static Mistake NetForOut { get; } = new("net-for-out", "net for out", "net was used where out belongs: a neuron passes on out = σ(net), and ∂net/∂w is the out of the neuron below")
    {
        Candidates = (c, key) =>
        {
            if (key.Kind == QuantityKind.Value && c.Trace.Graph[key.Name] is var a && IsActivation(a))
            {
                return c.Of(w => w.Value(a.Inputs[0]));
            }

            return c.With(new WorldRules { Forward = NetsForOuts, Partial = NetsInPartials }, key);
        },
    };

    /// <summary>Gets out used where net belongs.</summary>
    public static Mistake OutForNet { get; } = new("out-for-net", "out for net", "out was used where net belongs: σ′ is taken at net, and net is the weighted sum before the activation")
    {
        Candidates = (c, key) =>
        {
            var node = key.Kind == QuantityKind.Value ? c.Trace.Graph[key.Name] : null;
            var activation = node is null ? null : c.Trace.Graph.Nodes.FirstOrDefault(n => IsActivation(n) && ReferenceEquals(n.Inputs[0], node));
            if (activation is not null)
            {
                return c.Of(w => w.Value(activation));
            }

            return c.With(new WorldRules { Partial = (w, e, inputs, output, reached) => IsActivation(e.Consumer) ? e.Consumer.Op!.LocalPartial(0, [output], e.Consumer.Op.Forward([output])) : null }, key);
        },
    };

    /// <summary>Gets σ(z) used for σ′(z).</summary>
    public static Mistake ValueForDerivative { get; } = new("sigma-for-derivative", "σ for σ′", "the activation's value was used for its derivative: ∂out/∂net = σ′(net) = out(1 − out) for the sigmoid, not out")
    {
        Candidates = (c, key) => c.With(new WorldRules { Partial = (w, e, inputs, output, reached) => IsActivation(e.Consumer) ? output : null }, key),
    };

    /// <summary>Gets the ½ of ½(t − o)² dropped.</summary>
    public static Mistake HalfDropped { get; } = new("half-dropped", "½ dropped", "the ½ of E = ½(target − out)² was dropped: a factor 2 too many (∂E/∂out = −(target − out), not −2(target − out))")
    {
        Candidates = (c, key) => c.With(Scaled(2), key),
    };

    /// <summary>Gets the ½ applied twice.</summary>
    public static Mistake HalfDoubled { get; } = new("half-doubled", "½ twice", "the ½ was applied twice: a factor 2 too few (the derivative of ½(target − out)² already cancels the ½ against the 2)")
    {
        Candidates = (c, key) => c.With(Scaled(Real.FromFraction(1, 2)), key),
    };

    /// <summary>Gets the learning rate left out.</summary>
    public static Mistake RateForgotten { get; } = new("rate-forgotten", "η left out", "the learning rate was left out: θ⁺ = θ − η ∂E/∂θ")
    {
        Candidates = (c, key) => Updated(c, key) is { } p ? c.Of(w => w.Value(p) - w.Evaluate(QuantityKey.Gradient(p.Name))) : [],
    };

    /// <summary>Gets the learning rate applied twice.</summary>
    public static Mistake RateTwice { get; } = new("rate-twice", "η twice", "the learning rate was applied twice: θ⁺ = θ − η ∂E/∂θ, with η once")
    {
        Candidates = (c, key) => Updated(c, key) is { } p ? c.Of(w => w.Value(p) - (c.Rate!.Value * c.Rate.Value * w.Evaluate(QuantityKey.Gradient(p.Name)))) : [],
    };

    /// <summary>Gets a path of a multi-path sum missing.</summary>
    public static Mistake MissingPath { get; } = new("missing-path", "a path missing", "a path is missing: a node that feeds several others gets its gradient from all of them (∂E/∂out_h1 = ∂E_o1/∂out_h1 + ∂E_o2/∂out_h1), not through one alone")
    {
        Candidates = (c, key) =>
        {
            var most = c.Trace.Graph.Nodes.Select(n => c.Trace.Contributions(n).Count).DefaultIfEmpty(0).Max();
            return Enumerable.Range(0, Math.Min(most, 8)).SelectMany(k => c.With(new WorldRules { Paths = (n, paths) => paths.Count > 1 ? [paths[Math.Min(k, paths.Count - 1)]] : paths }, key));
        },
    };

    /// <summary>Gets the already-updated weights used for the layer below.</summary>
    public static Mistake StaleWeights { get; } = new("stale-weights", "updated weights used", "the already-updated weights of the layer above were used: every gradient of the backward pass uses the weights of the forward pass (w5…w8 as they were), and the updates come after (Mazur's early script made this mistake)")
    {
        Candidates = (c, key) => c.Updates.Count == 0 ? [] : c.With(new WorldRules { Partial = UpdatedWeightsInPartials }, key),
    };

    /// <summary>Gets a parameter that is not updated (a frozen bias) updated.</summary>
    public static Mistake FrozenUpdated { get; } = new("frozen-updated", "frozen bias updated", "this parameter is not updated under the bias policy (the notes keep b1 and b2 frozen): its value after the step is its old value")
    {
        Candidates = (c, key) => key.Kind == QuantityKind.Update && c.Trace.Graph[key.Name] is { Kind: NodeKind.Parameter } p && !c.Updates.ContainsKey(p) && c.Rate is { } rate
            ? c.Of(w => w.Value(p) - (rate * w.Evaluate(QuantityKey.Gradient(p.Name))))
            : [],
    };

    /// <summary>Gets a parameter that is updated kept at its old value.</summary>
    public static Mistake NotUpdated { get; } = new("not-updated", "not updated", "this parameter is updated (θ⁺ = θ − η ∂E/∂θ), biases too under this bias policy; the old value was kept")
    {
        Candidates = (c, key) => Updated(c, key) is { } p ? c.Of(w => w.Value(p)) : [],
    };

    /// <summary>Gets intermediate values rounded too early.</summary>
    public static Mistake RoundedEarly { get; } = new("rounded-early", "rounded too early", "the intermediate values were rounded as you went: carry more digits through the calculation and round only the answer")
    {
        Candidates = (c, key) => Enumerable.Range(2, 5).Select(k => new World(c.Trace, c.Basis, c.Updates, c.Rate, new WorldRules { RoundTo = k }).Formula(key)),
        Verdict = Verdict.Rounding,
    };

    /// <summary>Gets a value cut off instead of rounded.</summary>
    public static Mistake Truncated { get; } = new("truncated", "cut off", "the value was cut off, not rounded: round the last digit") { Verdict = Verdict.Rounding };

    /// <summary>Gets the lost "0." (0.74136507 written 074136507).</summary>
    public static Mistake LostDecimalPoint { get; } = new("lost-decimal-point", "lost decimal point", "the decimal point is lost");

    /// <summary>Gets a decimal point in the wrong place.</summary>
    public static Mistake ShiftedPoint { get; } = new("shifted-point", "shifted point", "the decimal point is in the wrong place: the value is 10, 100 or 1000 times too large or too small");

    /// <summary>Gets a digit typed twice.</summary>
    public static Mistake DoubledDigit { get; } = new("doubled-digit", "doubled digit", "a digit is typed twice");

    /// <summary>Gets a digit left out.</summary>
    public static Mistake DroppedDigit { get; } = new("dropped-digit", "dropped digit", "a digit is left out");

    /// <summary>Gets two digits swapped.</summary>
    public static Mistake SwappedDigits { get; } = new("swapped-digits", "swapped digits", "two neighbouring digits are swapped");

    /// <summary>Gets every mistake the marker knows, in the order it tries them.</summary>
    public static IReadOnlyList<Mistake> All { get; } =
    [
        Sign, UpdateSign, NetForOut, OutForNet, ValueForDerivative, HalfDropped, HalfDoubled, RateForgotten, RateTwice, MissingPath,
        StaleWeights, FrozenUpdated, NotUpdated, LostDecimalPoint, ShiftedPoint, DoubledDigit, DroppedDigit, SwappedDigits, Truncated, RoundedEarly,
    ];

    /// <summary>Finds a mistake by id.</summary>
    /// <exception cref="KeyNotFoundException">No mistake has that id.</exception>
    public static Mistake Get(string id) => All.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"no mistake '{id}'; known: {string.Join(", ", All.Select(m => m.Id))}");

    /// <summary>The catalogue entry of a slip of writing a number down, or null when the slip is not one of them.</summary>
    internal static Mistake? OfSlip(SlipKind slip) => slip switch
    {
        SlipKind.LostDecimalPoint => LostDecimalPoint,
        SlipKind.ShiftedPoint => ShiftedPoint,
        SlipKind.DoubledDigit => DoubledDigit,
        SlipKind.DroppedDigit => DroppedDigit,
        SlipKind.TransposedDigits => SwappedDigits,
        _ => null,
    };

    internal static bool IsActivation(Node node) => node.Op is { } op && Activations.Contains(op.Name) && node.Inputs.Count == 1 && node.Inputs[0].Op?.Name == "weighted_sum";

    private static Node? Updated(MistakeContext c, QuantityKey key)
        => key.Kind == QuantityKind.Update && c.Rate is not null && c.Trace.Graph[key.Name] is var p && c.Updates.ContainsKey(p) ? p : null;

    /// <summary>A weighted sum of the nets below where their outs belong.</summary>
    private static Real? NetsForOuts(World w, Node node, HashSet<QuantityKey> reached)
        => node.Op?.Name == "weighted_sum" && node.Inputs.Any(IsActivation)
            ? node.Op.Forward([.. node.Inputs.Select(i => IsActivation(i) ? w.Value(i.Inputs[0], reached) : w.Value(i, reached))])
            : null;

    /// <summary>∂net/∂w as the net below, and out(1 − out) with net for out.</summary>
    private static Real? NetsInPartials(World w, EdgeStep e, IReadOnlyList<Real> inputs, Real output, HashSet<QuantityKey> reached)
    {
        if (e.Consumer.Op?.Name == "weighted_sum" && e.Index < e.Consumer.Inputs.Count - 1 && e.Consumer.Inputs[e.Index ^ 1] is var partner && IsActivation(partner))
        {
            return w.Value(partner.Inputs[0], reached);
        }

        return IsActivation(e.Consumer) ? e.Consumer.Op!.LocalPartial(0, [inputs[0]], inputs[0]) : null;
    }

    /// <summary>∂net/∂out below as the weight after its update.</summary>
    private static Real? UpdatedWeightsInPartials(World w, EdgeStep e, IReadOnlyList<Real> inputs, Real output, HashSet<QuantityKey> reached)
        => e.Consumer.Op?.Name == "weighted_sum" && e.Index % 2 == 1 && e.Input.Op is not null && w.Updated(e.Consumer.Inputs[e.Index - 1]) is { } updated
            ? updated
            : null;

    /// <summary>Every ½(t − o)² and its partials scaled by <paramref name="factor"/>.</summary>
    private static WorldRules Scaled(Real factor) => new()
    {
        Forward = (w, node, reached) => node.Op?.Name == "half_squared_error" ? factor * node.Op.Forward([.. node.Inputs.Select(i => w.Value(i, reached))]) : null,
        Partial = (w, e, inputs, output, reached) => e.Consumer.Op?.Name == "half_squared_error" ? factor * e.Consumer.Op.LocalPartial(e.Index, inputs, output) : null,
    };
}
