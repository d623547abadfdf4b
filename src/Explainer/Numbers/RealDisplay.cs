namespace Explainer.Numbers;

/// <summary>A value as text, with what the text is known to mean.</summary>
/// <param name="Text">The digits, e.g. <c>0.593269992</c>, <c>1/3</c>, <c>2.5e-5000</c>, or an enclosure when undecided.</param>
/// <param name="Status">Whether the text is exact, correctly rounded, or undecided.</param>
/// <param name="IsExactValue">Whether the value itself is an exact rational (even if the text is rounded).</param>
public readonly record struct RealDisplay(string Text, RealDisplayStatus Status, bool IsExactValue)
{
    /// <summary>Gets a value indicating whether every digit of <see cref="Text"/> is proven.</summary>
    public bool IsDecided => Status != RealDisplayStatus.Undecided;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
