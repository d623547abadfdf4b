using System.Numerics;

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
    /// <remarks>
    /// Near 1 the logarithm is taken as log1p of the offset, so that 1 + x with a tiny x keeps x's relative accuracy:
    /// an exact x within 1/16 of 1 becomes log1p(x − 1), and an approximation written 1 + a or 1 − a becomes log1p(±a).
    /// </remarks>
    public static Real Log(Real x)
    {
        RequirePositive(x, "log");
        if (x.IsExact)
        {
            if (x == Real.One)
            {
                return Real.Zero;
            }

            var offset = x.Numerator - x.Denominator;
            if (BigInteger.Abs(offset) * 16 < x.Denominator)
            {
                return Real.FromNode(ApproxNode.Unary(ApproxOp.Log1p, ApproxNode.Rational(offset, x.Denominator)));
            }

            return Unary(ApproxOp.Log, x);
        }

        var node = x.AsNode();
        if (node.IsOnePlus(out var a, out var negated))
        {
            return Real.FromNode(ApproxNode.Unary(ApproxOp.Log1p, negated ? ApproxNode.Unary(ApproxOp.Neg, a) : a));
        }

        return Unary(ApproxOp.Log, x);
    }

    /// <summary>Returns softplus x = log(1 + eˣ), without the cancellation of 1 + eˣ in either tail.</summary>
    /// <exception cref="RealLimitException">x &lt; −<see cref="RealLimits.MaxExpArgument"/> (the result is below the magnitude limit).</exception>
    public static Real Softplus(Real x)
    {
        if (x.IsExact && x.Sign < 0 && -x.ToDouble() > RealLimits.MaxExpArgument)
        {
            throw RealLimitException.ExpArgument();
        }

        return x.IsZero ? Log(2) : Unary(ApproxOp.Softplus, x);
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

        if (y.IsExact && x.IsExact && TryExactRoot(x, y.Denominator, out var root))
        {
            return Real.Pow(root, y.Numerator);
        }

        return Exp(y * Log(x));
    }

    /// <summary>The exact q-th root of a positive rational, when its numerator and denominator are perfect q-th powers.</summary>
    private static bool TryExactRoot(Real x, BigInteger q, out Real root)
    {
        root = default;
        var num = x.Numerator;
        var den = x.Denominator;

        // A q-th power other than 1 has at least q bits, so a larger q can only be the root of 1.
        var bits = Math.Max(num.GetBitLength(), den.GetBitLength());
        if (q > bits + 1)
        {
            return false;
        }

        var n = (int)q;
        var rn = IntegerRoot(num, n);
        if (!BigInteger.Pow(rn, n).Equals(num))
        {
            return false;
        }

        var rd = IntegerRoot(den, n);
        if (!BigInteger.Pow(rd, n).Equals(den))
        {
            return false;
        }

        root = Real.FromFraction(rn, rd);
        return true;
    }

    /// <summary>⌊a^(1/n)⌋ for a ≥ 0 and n ≥ 2, by Newton's method from above.</summary>
    internal static BigInteger IntegerRoot(BigInteger a, int n)
    {
        if (a.Sign <= 0 || a.IsOne)
        {
            return a.Sign <= 0 ? BigInteger.Zero : BigInteger.One;
        }

        if (n == 2)
        {
            return BallMath.IntegerSqrt(a);
        }

        // 2^⌈bits/n⌉ is above the root; Newton's iterates decrease to ⌊root⌋ from any start above it.
        var x = BigInteger.One << (int)(((long)a.GetBitLength() + n - 1) / n);
        while (true)
        {
            var y = (((n - 1) * x) + (a / BigInteger.Pow(x, n - 1))) / n;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
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
