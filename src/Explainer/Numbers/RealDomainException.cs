namespace Explainer.Numbers;

/// <summary>Thrown when a function is applied outside its domain, such as <c>log 0</c> or <c>sqrt(−2)</c>.</summary>
public sealed class RealDomainException : ArithmeticException
{
    /// <summary>Creates the exception with a message that names the function and the offending argument.</summary>
    public RealDomainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public RealDomainException()
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RealDomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
