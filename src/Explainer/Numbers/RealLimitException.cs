namespace Explainer.Numbers;

/// <summary>Thrown when a computation would exceed one of the <see cref="RealLimits"/>, instead of hanging or exhausting memory.</summary>
public sealed class RealLimitException : ArithmeticException
{
    /// <summary>Creates the exception with a message that names the limit.</summary>
    public RealLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public RealLimitException()
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RealLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static RealLimitException Magnitude()
        => new($"the result's magnitude exceeds the supported range of 2^±{RealLimits.MaxBinaryExponent} (about 10^±3.3e11)");

    internal static RealLimitException ExpArgument()
        => new($"exp is supported for arguments with |x| ≤ {RealLimits.MaxExpArgument:0e0}; the result would leave the supported range");

    internal static RealLimitException Undecidable(string what)
        => new($"cannot decide {what} within {RealLimits.MaxPrecisionBits} bits of precision: the value may be exactly at the boundary");
}
