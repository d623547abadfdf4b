using Explainer.Checking;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>What a learner's number for a step is judged against on the page: the exact value and the value each catalogued mistake gives, as proven decimal text.</summary>
/// <param name="Quantity">The quantity the step computes (<c>grad:w5</c>), or null for a step that is no quantity of one trace (the activations and optimizers tours).</param>
/// <param name="Label">The quantity in plain text, for the label of an input (<c>∂E_total/∂w5</c>), as a message for the string table.</param>
/// <param name="Exact">The value to <see cref="Digits"/> significant digits, every one proven (<see cref="Real.Format(int)"/>), or a proven enclosure <c>[a, b]</c> when the digits cannot be decided.</param>
/// <param name="IsExactText">Whether <paramref name="Exact"/> is the value itself (a terminating decimal), not a rounding of it.</param>
/// <param name="Mistakes">The value each catalogued mistake gives for the quantity when everything else is right (<see cref="Marker.MistakeValues(QuantityKey, int)"/>, told apart at <see cref="Digits"/> digits), in catalogue order.</param>
/// <remarks>
/// A page rounds <paramref name="Exact"/> to the digits the learner wrote; twenty digits decide every answer of up to
/// eighteen or so digits the way <see cref="Marker"/> does, save one that lies within 10⁻²⁰ (relative) of a rounding boundary.
/// </remarks>
public sealed record StepAnswer(QuantityKey? Quantity, Message Label, string Exact, bool IsExactText, IReadOnlyList<StepMistake> Mistakes)
{
    /// <summary>The significant digits of every value a page embeds to judge answers with.</summary>
    public const int Digits = 20;

    /// <summary>Gets the marker's absolute tolerance for values near zero, as decimal text: <c>1e-9</c>.</summary>
    public static string ZeroTolerance { get; } = Text(Marker.ZeroTolerance).Text;

    /// <summary>The answer to a step: its exact value and the mistakes' values, each at <see cref="Digits"/> digits.</summary>
    /// <param name="quantity">The quantity, or null.</param>
    /// <param name="label">The quantity in plain text.</param>
    /// <param name="exact">The exact value.</param>
    /// <param name="mistakes">Each mistake with the value it gives.</param>
    public static StepAnswer Of(QuantityKey? quantity, Message label, Real exact, IEnumerable<(Mistake Mistake, Real Value)> mistakes)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(mistakes);
        var text = Text(exact);
        return new StepAnswer(quantity, label, text.Text, text.Status == RealDisplayStatus.Exact, [.. mistakes.Select(m => new StepMistake(m.Mistake, Text(m.Value).Text))]);
    }

    /// <remarks>Not <see cref="DisplayOptions.Text"/>: the exactness of the text is kept, for <see cref="IsExactText"/>.</remarks>
    private static RealDisplay Text(Real value) => value.IsZero ? new RealDisplay("0", RealDisplayStatus.Exact, true) : value.Format(Digits);
}
