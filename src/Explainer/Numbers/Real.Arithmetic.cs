using System.Numerics;

namespace Explainer.Numbers;

public readonly partial struct Real :
    IAdditionOperators<Real, Real, Real>,
    ISubtractionOperators<Real, Real, Real>,
    IMultiplyOperators<Real, Real, Real>,
    IDivisionOperators<Real, Real, Real>,
    IUnaryNegationOperators<Real, Real>,
    IUnaryPlusOperators<Real, Real>,
    IAdditiveIdentity<Real, Real>,
    IMultiplicativeIdentity<Real, Real>
{
    /// <inheritdoc/>
    public static Real AdditiveIdentity => Zero;

    /// <inheritdoc/>
    public static Real MultiplicativeIdentity => One;

    /// <summary>Adds two values; exact when both are exact.</summary>
    public static Real operator +(Real left, Real right)
    {
        if (left.IsZero)
        {
            return right;
        }

        if (right.IsZero)
        {
            return left;
        }

        if (left.IsExact && right.IsExact)
        {
            return left.Den.IsOne && right.Den.IsOne
                ? Exact(left.Num + right.Num, BigInteger.One)
                : Exact((left.Num * right.Den) + (right.Num * left.Den), left.Den * right.Den);
        }

        if (TryOversized(left, right, static (a, ad, b, bd) => ((a * bd) + (b * ad), ad * bd), out var sum))
        {
            return sum;
        }

        if (TryExpM1(left, right, MinusOne, out var expm1) || TryExpM1(right, left, MinusOne, out expm1))
        {
            return expm1;
        }

        return Approximate(ApproxOp.Add, left, right);
    }

    /// <summary>Subtracts two values; exact when both are exact, and exactly zero for the same computation.</summary>
    public static Real operator -(Real left, Real right)
    {
        if (left.IsExact && right.IsExact)
        {
            return left.Den.IsOne && right.Den.IsOne
                ? Exact(left.Num - right.Num, BigInteger.One)
                : Exact((left.Num * right.Den) - (right.Num * left.Den), left.Den * right.Den);
        }

        if (ReferenceEquals(left.Approx, right.Approx))
        {
            return Zero;
        }

        if (TryOversized(left, right, static (a, ad, b, bd) => ((a * bd) - (b * ad), ad * bd), out var difference))
        {
            return difference;
        }

        if (right.IsZero)
        {
            return left;
        }

        if (TryExpM1(left, right, One, out var expm1))
        {
            return expm1;
        }

        if (TryExpM1(right, left, One, out expm1))
        {
            return -expm1;
        }

        return left.IsZero ? -right : Approximate(ApproxOp.Sub, left, right);
    }

    private static Real MinusOne => new(BigInteger.MinusOne, BigInteger.One);

    /// <summary>eᵃ − 1 (written eᵃ − 1, eᵃ + (−1), 1 − eᵃ …) as expm1(a), which keeps a tiny a's relative accuracy.</summary>
    /// <param name="exp">The operand that may be eᵃ.</param>
    /// <param name="exact">The other operand.</param>
    /// <param name="one">The value <paramref name="exact"/> must have: 1 when it is subtracted, −1 when it is added.</param>
    /// <param name="result">expm1(a).</param>
    private static bool TryExpM1(Real exp, Real exact, Real one, out Real result)
    {
        result = default;
        if (exp.Approx is not { IsExp: true } node || !exact.IsExact || !exact.Equals(one))
        {
            return false;
        }

        result = FromNode(ApproxNode.Unary(ApproxOp.ExpM1, node.Operand));
        return true;
    }

    /// <summary>Multiplies two values; exact when both are exact or either is exactly zero.</summary>
    public static Real operator *(Real left, Real right)
    {
        if (left.IsExact && right.IsExact)
        {
            return Exact(left.Num * right.Num, left.Den * right.Den);
        }

        if (left.IsZero || right.IsZero)
        {
            return Zero;
        }

        if (TryOversized(left, right, static (a, ad, b, bd) => (a * b, ad * bd), out var product))
        {
            return product;
        }

        if (left.Equals(One))
        {
            return right;
        }

        return right.Equals(One) ? left : Approximate(ApproxOp.Mul, left, right);
    }

    /// <summary>Divides two values; exact when both are exact.</summary>
    /// <exception cref="DivideByZeroException">The divisor is zero (an approximation is refined until its sign is known).</exception>
    public static Real operator /(Real left, Real right)
    {
        if (right.IsExact && right.Num.IsZero)
        {
            throw new DivideByZeroException("division by zero");
        }

        if (left.IsExact && right.IsExact)
        {
            return Exact(left.Num * right.Den, left.Den * right.Num);
        }

        if (left.IsZero)
        {
            return Zero;
        }

        if (right.Equals(One))
        {
            return left;
        }

        if (TryOversized(left, right, static (a, ad, b, bd) => (a * bd, ad * b), out var quotient))
        {
            return quotient;
        }

        if (!right.IsExact && right.Sign == 0)
        {
            throw new DivideByZeroException("division by zero");
        }

        return Approximate(ApproxOp.Div, left, right);
    }

    /// <summary>Negates a value.</summary>
    public static Real operator -(Real value)
    {
        if (value.IsExact)
        {
            return new Real(-value.Num, value.Den);
        }

        // An exact value kept as an approximation (past the size cap) stays one, so that it still compares exactly.
        return value.Approx!.TryGetRational(out var num, out var den)
            ? FromNode(ApproxNode.Rational(-num, den))
            : FromNode(ApproxNode.Unary(ApproxOp.Neg, value.Approx!));
    }

    /// <summary>Returns the value unchanged.</summary>
    public static Real operator +(Real value) => value;

    /// <summary>Raises a value to an integer power; exact for exact values within the size cap.</summary>
    /// <exception cref="DivideByZeroException">Zero raised to a negative power.</exception>
    public static Real Pow(Real value, BigInteger exponent)
    {
        if (exponent.IsZero)
        {
            return One;
        }

        if (value.IsZero)
        {
            return exponent.Sign > 0 ? Zero : throw new DivideByZeroException("0 raised to a negative power is undefined (division by zero)");
        }

        var n = BigInteger.Abs(exponent);
        if (value.IsExact)
        {
            if (value.Den.IsOne && BigInteger.Abs(value.Num).IsOne)
            {
                var sign = value.Num.Sign < 0 && !n.IsEven ? -1 : 1;
                return sign;
            }

            // Powers up to a few times the size cap are computed exactly (past the cap they are kept as exact values inside an
            // approximation), so that 2^33001 − 2^33001 is still exactly 0; beyond that, a certified power.
            var bits = value.FractionBits;
            if (n <= 4L * RealLimits.MaxExactBits && bits * (long)n <= 4L * RealLimits.MaxExactBits)
            {
                var e = (int)n;
                var num = BigInteger.Pow(value.Num, e);
                var den = BigInteger.Pow(value.Den, e);
                return exponent.Sign > 0 ? Exact(num, den) : Exact(den, num);
            }
        }

        if (n.GetBitLength() > RealLimits.MaxPowerExponentBits)
        {
            throw new RealLimitException(
                $"integer powers are supported up to |n| < 2^{RealLimits.MaxPowerExponentBits}; got n = {(n.GetBitLength() <= 64 ? exponent.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"a {n.GetBitLength()}-bit integer")}");
        }

        var power = FromNode(ApproxNode.Power(value.AsNode(), n));
        return exponent.Sign > 0 ? power : One / power;
    }

    /// <summary>Gets the larger bit length of an exact value's numerator (without its sign) and denominator.</summary>
    private long FractionBits => Math.Max(Mag.BitLength(Num), Den.GetBitLength());

    /// <summary>Raises a value to a non-negative integer power, exactly while the exact power stays within <paramref name="maxExactBits"/> bits, certified beyond.</summary>
    /// <remarks>
    /// For a power that only feeds approximate arithmetic (Adam's bias correction 1 − ρ₂ᵗ, whose exact fraction grows by
    /// ten bits a step for ρ₂ = 0.999): the certified power is a ball evaluated at the precision asked of it, so the cost
    /// of a step stays flat instead of growing with t.
    /// </remarks>
    internal static Real PowCompact(Real value, int exponent, int maxExactBits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        if (!value.IsExact || value.IsZero || exponent <= 1)
        {
            return Pow(value, exponent);
        }

        var bits = value.FractionBits;
        return bits * exponent <= maxExactBits ? Pow(value, exponent) : FromNode(ApproxNode.Power(value.AsNode(), exponent));
    }

    /// <summary>
    /// Arithmetic on exact values of which one is too large to be kept exact (held as an approximation past the size cap):
    /// done exactly when the result fits under the cap again, so that X − X is 0 and X / X is 1, as equality says.
    /// </summary>
    /// <remarks>The operands' sizes are bounded first, so this never does unbounded work; otherwise the result is approximate.</remarks>
    private static bool TryOversized(Real left, Real right, Func<BigInteger, BigInteger, BigInteger, BigInteger, (BigInteger Num, BigInteger Den)> op, out Real result)
    {
        result = default;
        if (left.IsExact && right.IsExact)
        {
            return false;
        }

        if (!left.TryGetFraction(out var a, out var ad) || !right.TryGetFraction(out var b, out var bd))
        {
            return false;
        }

        long bits = a.GetBitLength() + ad.GetBitLength() + b.GetBitLength() + bd.GetBitLength();
        if (bits > 8L * RealLimits.MaxExactBits)
        {
            return false;
        }

        var (num, den) = op(a, ad, b, bd);
        if (den.IsZero)
        {
            throw new DivideByZeroException("division by zero");
        }

        var exact = Exact(num, den);
        if (!exact.IsExact)
        {
            return false;
        }

        result = exact;
        return true;
    }

    private static Real Approximate(ApproxOp op, Real left, Real right)
    {
        if (left.IsExact)
        {
            return FromNode(ApproxNode.WithExact(op, right.Approx!, left, exactFirst: true));
        }

        return right.IsExact
            ? FromNode(ApproxNode.WithExact(op, left.Approx!, right, exactFirst: false))
            : FromNode(ApproxNode.Binary(op, left.Approx!, right.Approx!));
    }
}
