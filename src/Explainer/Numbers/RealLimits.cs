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

    /// <summary>The largest working precision, in bits, used to decide the sign of an approximation.</summary>
    public const int MaxSignBits = 8192;

    /// <summary>The largest working precision, in bits, that refining a value may reach.</summary>
    public const int MaxPrecisionBits = 1 << 22;
}
