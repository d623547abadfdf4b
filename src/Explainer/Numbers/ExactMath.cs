namespace Explainer.Numbers;

/// <summary>Elementary functions on <see cref="Real"/>: exact where the result is rational, certified otherwise.</summary>
public static class ExactMath
{
    /// <summary>Returns eˣ; exact only for x = 0.</summary>
    /// <exception cref="RealLimitException">|x| exceeds <see cref="RealLimits.MaxExpArgument"/>.</exception>
    public static Real Exp(Real x)
    {
        if (x.IsZero)
        {
            return Real.One;
        }

        if (x.IsExact && Math.Abs(x.ToDouble()) > RealLimits.MaxExpArgument)
        {
            throw RealLimitException.ExpArgument();
        }

        return Unary(ApproxOp.Exp, x);
    }

    /// <summary>Returns the natural logarithm; exact only for x = 1.</summary>
    /// <exception cref="RealDomainException">x ≤ 0.</exception>
    public static Real Log(Real x)
    {
        RequirePositive(x, "log");
        return x.Equals(Real.One) ? Real.Zero : Unary(ApproxOp.Log, x);
    }

    /// <summary>Returns √x; exact when x is the square of a rational.</summary>
    /// <exception cref="RealDomainException">x &lt; 0.</exception>
    public static Real Sqrt(Real x)
    {
        if (x.IsExact)
        {
            if (x.Sign < 0)
            {
                throw new RealDomainException($"sqrt is defined for x ≥ 0; got sqrt({x})");
            }

            var n = BallMath.IntegerSqrt(x.Numerator);
            var d = BallMath.IntegerSqrt(x.Denominator);
            if (n * n == x.Numerator && d * d == x.Denominator)
            {
                return Real.FromFraction(n, d);
            }
        }
        else if (DecidedNegative(x))
        {
            throw new RealDomainException("sqrt is defined for x ≥ 0; its argument here is negative");
        }

        return Unary(ApproxOp.Sqrt, x);
    }

    /// <summary>Returns tanh x; exact only for x = 0.</summary>
    public static Real Tanh(Real x) => x.IsZero ? Real.Zero : Unary(ApproxOp.Tanh, x);

    /// <summary>Returns the logistic sigmoid σ(x) = 1 / (1 + e⁻ˣ); exact only for x = 0 (σ(0) = 1/2).</summary>
    public static Real Sigmoid(Real x) => x.IsZero ? Real.FromFraction(1, 2) : Unary(ApproxOp.Sigmoid, x);

    /// <summary>Returns the error function erf x; exact only for x = 0.</summary>
    public static Real Erf(Real x) => x.IsZero ? Real.Zero : Unary(ApproxOp.Erf, x);

    /// <summary>Returns max(0, x), deciding the sign of an approximation.</summary>
    public static Real Relu(Real x) => x.Sign > 0 ? x : Real.Zero;

    /// <summary>Returns |x|.</summary>
    public static Real Abs(Real x)
    {
        if (x.IsExact)
        {
            return x.Sign < 0 ? -x : x;
        }

        return Unary(ApproxOp.Abs, x);
    }

    /// <summary>Returns xʸ: exact for an integer y (or y = k/2 with a square x); otherwise exp(y log x), for x &gt; 0.</summary>
    /// <exception cref="RealDomainException">x &lt; 0 with a non-integer y.</exception>
    /// <exception cref="DivideByZeroException">x = 0 with y &lt; 0.</exception>
    public static Real Pow(Real x, Real y)
    {
        if (y.IsExact && y.Denominator.IsOne)
        {
            return Real.Pow(x, y.Numerator);
        }

        if (x.IsZero)
        {
            return y.Sign > 0 ? Real.Zero : throw new DivideByZeroException("0 raised to a negative power is undefined (division by zero)");
        }

        if (x.Sign < 0)
        {
            throw new RealDomainException($"x^y with a non-integer y is defined for x > 0; got a negative base");
        }

        if (y.IsExact && y.Denominator == 2)
        {
            var root = Sqrt(x);
            if (root.IsExact)
            {
                return Real.Pow(root, y.Numerator);
            }
        }

        return Exp(y * Log(x));
    }

    private static Real Unary(ApproxOp op, Real x) => Real.FromNode(ApproxNode.Unary(op, x.AsNode()));

    private static void RequirePositive(Real x, string function)
    {
        if (x.IsExact)
        {
            if (x.Sign <= 0)
            {
                throw new RealDomainException($"{function} is defined for x > 0; got {function}({x})");
            }

            return;
        }

        if (x.Sign <= 0)
        {
            throw new RealDomainException($"{function} is defined for x > 0; its argument here is negative");
        }
    }

    private static bool DecidedNegative(Real x)
    {
        try
        {
            return x.Sign < 0;
        }
        catch (RealLimitException)
        {
            // Indistinguishable from zero at the sign-deciding precision: √ of a ball around zero is still enclosed.
            return false;
        }
    }
}
