using System.Globalization;

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

    /// <summary>A result whose magnitude, about 2^<paramref name="log2"/>, is beyond <see cref="RealLimits.MaxBinaryExponent"/>.</summary>
    internal static RealLimitException Magnitude(long log2)
        => new($"the result's magnitude, about 10^{(log2 < 0 ? "-" : string.Empty)}{Scientific(Math.Abs(log2) * Log10Of2)}, is beyond the limit of "
               + $"10^±{Scientific(RealLimits.MaxBinaryExponent * Log10Of2)} (2^±2^40)");

    internal static RealLimitException ExpArgument()
        => new($"exp is supported for arguments with |x| ≤ {RealLimits.MaxExpArgument:0e0}; the result would leave the supported range");

    /// <summary>A question (a sign, an order) still open at the largest precision its loop may use.</summary>
    internal static RealLimitException Undecidable(string what, int bits)
        => new($"cannot decide {what} within {bits} bits of precision: the value may be exactly at the boundary");

    /// <summary>A decimal with more digits than <see cref="RealLimits.MaxDigits"/>.</summary>
    internal static RealLimitException TooManyDigits(string what, double digits)
        => new($"{what} would need about {Scientific(digits)} digits, beyond the limit of {RealLimits.MaxDigits}");

    private const double Log10Of2 = 0.30102999566398119521;

    private static string Scientific(double x)
        => x < 1e6 ? Math.Round(x).ToString("0", CultureInfo.InvariantCulture) : x.ToString("0.0e0", CultureInfo.InvariantCulture);
}
