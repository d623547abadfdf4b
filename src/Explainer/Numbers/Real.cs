using System.Numerics;

namespace Explainer.Numbers;

/// <summary>A real number that is either an exact rational or a certified approximation that can refine itself.</summary>
/// <remarks>
/// Exact values are reduced fractions over <see cref="BigInteger"/> (<c>default</c> is zero); <c>+ − × ÷</c> on
/// exact values stay exact until a numerator or denominator passes <see cref="RealLimits.MaxExactBits"/>.
/// Irrational results (exp, log, …) are approximations: the recipe that computes them, evaluated in ball
/// arithmetic at whatever precision a display needs, so every printed digit is proven.
/// Equality (<see cref="Equals(Real)"/>) is structural: exact values are equal when their fractions are, and
/// approximations only when they are the same computation. Ordering compares values and refines as needed.
/// </remarks>
public readonly partial struct Real : IEquatable<Real>, IComparable<Real>, IComparable
{
    private readonly BigInteger _num;
    private readonly BigInteger _den;
    private readonly ApproxNode? _approx;

    private Real(BigInteger num, BigInteger den)
    {
        _num = num;
        _den = den;
        _approx = null;
    }

    private Real(ApproxNode approx)
    {
        _num = BigInteger.Zero;
        _den = BigInteger.One;
        _approx = approx;
    }

    /// <summary>Gets the exact value 0.</summary>
    public static Real Zero => default;

    /// <summary>Gets the exact value 1.</summary>
    public static Real One => new(BigInteger.One, BigInteger.One);

    /// <summary>Gets π as a certified approximation.</summary>
    public static Real Pi => new(ApproxNode.Constant(ApproxOp.Pi));

    /// <summary>Gets a value indicating whether the value is an exact rational.</summary>
    public bool IsExact => _approx is null;

    /// <summary>Gets the numerator of an exact value, in lowest terms, carrying the sign.</summary>
    /// <exception cref="InvalidOperationException">The value is an approximation.</exception>
    public BigInteger Numerator => IsExact ? _num : throw NotExact();

    /// <summary>Gets the positive denominator of an exact value, in lowest terms.</summary>
    /// <exception cref="InvalidOperationException">The value is an approximation.</exception>
    public BigInteger Denominator => IsExact ? Den : throw NotExact();

    /// <summary>Gets a value indicating whether the value is exactly zero.</summary>
    public bool IsZero => IsExact && _num.IsZero;

    /// <summary>Gets the sign of the value: −1, 0 or 1, refining an approximation until it is decided.</summary>
    /// <exception cref="RealLimitException">An approximation is too close to zero to decide.</exception>
    public int Sign => IsExact ? _num.Sign : DecideSign(_approx!);

    private BigInteger Den => _den.IsZero ? BigInteger.One : _den;

    /// <summary>Creates the exact value <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Real FromFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"the fraction {numerator}/0 has a zero denominator");
        }

        return Exact(numerator, denominator);
    }

    /// <summary>Converts an integer to an exact value.</summary>
    public static implicit operator Real(int value) => new(value, BigInteger.One);

    /// <summary>Converts an integer to an exact value.</summary>
    public static implicit operator Real(long value) => new(value, BigInteger.One);

    /// <summary>Converts an integer to an exact value.</summary>
    public static implicit operator Real(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Creates an exact value from an integer.</summary>
    public static Real FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Returns a nearby double, for plots and independent cross-checks only; never print it.</summary>
    public double ToDouble()
    {
        if (IsExact)
        {
            return (double)_num / (double)Den is var d && double.IsFinite(d) && d != 0 ? d : RationalToDouble(_num, Den);
        }

        var b = _approx!.Evaluate(64);
        return Math.ScaleB((double)b.Mid, (int)Math.Clamp(b.Exp, -4000, 4000));
    }

    /// <inheritdoc/>
    public bool Equals(Real other)
        => IsExact ? other.IsExact && _num == other._num && Den == other.Den : ReferenceEquals(_approx, other._approx);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Real other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsExact ? HashCode.Combine(_num, Den) : _approx!.GetHashCode();

    /// <summary>Compares the values, refining approximations until the order is decided.</summary>
    /// <exception cref="RealLimitException">The values are too close to decide.</exception>
    public int CompareTo(Real other)
    {
        if (IsExact && other.IsExact)
        {
            return (_num * other.Den).CompareTo(other._num * Den);
        }

        return (this - other).Sign;
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj)
        => obj is Real other ? CompareTo(other) : throw new ArgumentException("the object is not a Real", nameof(obj));

    /// <summary>Returns whether the two values are structurally equal (see <see cref="Equals(Real)"/>).</summary>
    public static bool operator ==(Real left, Real right) => left.Equals(right);

    /// <summary>Returns whether the two values are not structurally equal.</summary>
    public static bool operator !=(Real left, Real right) => !left.Equals(right);

    /// <summary>Returns whether the left value is smaller.</summary>
    public static bool operator <(Real left, Real right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether the left value is larger.</summary>
    public static bool operator >(Real left, Real right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether the left value is smaller or equal.</summary>
    public static bool operator <=(Real left, Real right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether the left value is larger or equal.</summary>
    public static bool operator >=(Real left, Real right) => left.CompareTo(right) >= 0;

    /// <summary>Returns an enclosure of the value at a working precision of at least <paramref name="prec"/> bits.</summary>
    internal Ball Enclose(int prec) => IsExact ? Ball.FromRational(_num, Den, prec) : _approx!.Evaluate(prec);

    internal ApproxNode AsNode() => _approx ?? ApproxNode.Rational(_num, Den);

    internal static Real FromNode(ApproxNode node) => new(node);

    /// <summary>The reduced fraction, or an approximation when it outgrows <see cref="RealLimits.MaxExactBits"/>.</summary>
    internal static Real Exact(BigInteger num, BigInteger den)
    {
        if (den.Sign < 0)
        {
            num = -num;
            den = -den;
        }

        if (num.IsZero)
        {
            return Zero;
        }

        if (!den.IsOne)
        {
            var g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsOne)
            {
                num /= g;
                den /= g;
            }
        }

        if (num.GetBitLength() > RealLimits.MaxExactBits + 1 || den.GetBitLength() > RealLimits.MaxExactBits)
        {
            return new Real(ApproxNode.Rational(num, den));
        }

        return new Real(num, den);
    }

    /// <summary>An exact value that is allowed past the size cap (a literal the user wrote).</summary>
    internal static Real ExactUncapped(BigInteger num, BigInteger den)
    {
        var g = BigInteger.GreatestCommonDivisor(num, den);
        return g.IsOne ? new Real(num, den) : new Real(num / g, den / g);
    }

    private static int DecideSign(ApproxNode node)
    {
        for (var prec = 64; prec <= RealLimits.MaxSignBits; prec *= 2)
        {
            var b = node.Evaluate(prec);
            if (b.IsPositive)
            {
                return 1;
            }

            if (b.IsNegative)
            {
                return -1;
            }
        }

        throw RealLimitException.Undecidable("the sign of the value", RealLimits.MaxSignBits);
    }

    private static double RationalToDouble(BigInteger num, BigInteger den)
    {
        var shift = (long)den.GetBitLength() - (long)BigInteger.Abs(num).GetBitLength() + 60;
        var q = shift >= 0 ? (num << (int)shift) / den : num / (den << (int)-shift);
        return Math.ScaleB((double)q, (int)Math.Clamp(-shift, -4000, 4000));
    }

    private static InvalidOperationException NotExact() => new("the value is a certified approximation, not an exact fraction");
}
