namespace Explainer.Checking;

/// <summary>The outcome of checking a printed value.</summary>
public enum ClaimStatus
{
    /// <summary>The exact value, rounded to the printed number of decimals, is the printed text.</summary>
    Matches,

    /// <summary>The printed text is not the exact value at its precision.</summary>
    Differs,
}
