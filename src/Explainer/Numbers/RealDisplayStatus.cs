namespace Explainer.Numbers;

/// <summary>What a displayed text says about the value it shows.</summary>
public enum RealDisplayStatus
{
    /// <summary>The text is the exact value (a terminating decimal or a fraction).</summary>
    Exact,

    /// <summary>The text is the value correctly rounded (half-even); every digit is proven.</summary>
    Rounded,

    /// <summary>The value is too close to a rounding boundary to decide; the text is a proven enclosure <c>[lo, hi]</c>.</summary>
    Undecided,
}
