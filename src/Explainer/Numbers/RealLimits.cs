namespace Explainer.Numbers;

/// <summary>The limits beyond which <see cref="Real"/> refuses a computation instead of hanging or exhausting memory.</summary>
public static class RealLimits
{
    /// <summary>The largest power of ten a decimal literal may carry (<c>1e100000</c>).</summary>
    public const int MaxDecimalExponent = 100_000;

    /// <summary>Numerators and denominators of exact results stay below this many bits; larger results become certified approximations.</summary>
    public const int MaxExactBits = 32_768;

    /// <summary>The largest number of significant digits a value can be displayed with.</summary>
    public const int MaxDigits = 100_000;

    /// <summary>Magnitudes are limited to <c>2^±MaxBinaryExponent</c> (about <c>10^±3.3e11</c>).</summary>
    public const long MaxBinaryExponent = 1L << 40;

    /// <summary>The largest |x| accepted by <c>exp</c>, so that results stay inside the magnitude limit.</summary>
    public const double MaxExpArgument = 1e11;

    /// <summary>Integer powers xⁿ of approximations are computed for |n| below 2^MaxPowerExponentBits (by as many squarings).</summary>
    public const int MaxPowerExponentBits = 48;

    /// <summary>The largest working precision, in bits, used to decide the sign of an approximation.</summary>
    public const int MaxSignBits = 8192;

    /// <summary>The largest working precision, in bits, that refining a value may reach.</summary>
    public const int MaxPrecisionBits = 1 << 22;

    /// <summary>The bits a display may add to its starting precision to get past a cancellation or a rounding boundary, at least.</summary>
    /// <remarks>4096 bits cover a cancellation of 1 + 10^−1200 − 1; a display that needs more says it is undecided.</remarks>
    public const int CancellationBits = 4096;

    /// <summary>The most digits a decimal literal may have (its exponent aside): longer ones are refused before they are read.</summary>
    public const int MaxLiteralDigits = 100_000;

    /// <summary>
    /// The highest precision a display that starts at <paramref name="start"/> bits may reach: <paramref name="start"/> plus
    /// <see cref="CancellationBits"/> or twice <paramref name="start"/>, whichever is more, and never beyond <see cref="MaxPrecisionBits"/>.
    /// </summary>
    /// <remarks>Each step at least doubles the precision, so a display costs at most a few evaluations at the budget.</remarks>
    public static int RefinementBudget(int start) => (int)Math.Min(MaxPrecisionBits, start + Math.Max((long)CancellationBits, 2L * start));
}
