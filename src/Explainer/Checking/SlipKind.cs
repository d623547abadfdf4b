namespace Explainer.Checking;

/// <summary>The likely cause of a printed value that differs from the exact one.</summary>
public enum SlipKind
{
    /// <summary>No slip: the value matches.</summary>
    None,

    /// <summary>The decimal point (the "0.") was lost.</summary>
    LostDecimalPoint,

    /// <summary>The decimal point is in the wrong place: the value is 10, 100 or 1000 times too large or too small.</summary>
    ShiftedPoint,

    /// <summary>A digit was typed twice.</summary>
    DoubledDigit,

    /// <summary>A digit was left out.</summary>
    DroppedDigit,

    /// <summary>Two neighbouring digits were swapped.</summary>
    TransposedDigits,

    /// <summary>One character is wrong, as when slides are converted to text.</summary>
    Garbled,

    /// <summary>The value was cut off instead of rounded.</summary>
    Truncated,

    /// <summary>The last digit is off by one: rounding of an already rounded intermediate.</summary>
    RoundedEarly,

    /// <summary>The sign is wrong.</summary>
    Sign,

    /// <summary>No simple slip explains the difference.</summary>
    Unexplained,
}
