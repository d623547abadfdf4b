using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Explainer.Numbers;

/// <summary>A real number that is either an exact rational or a certified approximation that can refine itself.</summary>
/// <remarks>
/// Exact values are reduced fractions over <see cref="BigInteger"/> (<c>default</c> is zero); <c>+ − × ÷</c> on
/// exact values stay exact until a numerator or denominator passes <see cref="RealLimits.MaxExactBits"/>.
/// Irrational results (exp, log, …) are approximations: the recipe that computes them, evaluated in ball
/// arithmetic at whatever precision a display needs, so every printed digit is proven.
/// <para>
/// Comparison follows one rule (<see cref="TryCompare"/>): exact values compare exactly; an approximation equals itself
/// (the same computation, reference-identical); otherwise the values are enclosed at increasing precision until the
/// enclosures separate, and when they still overlap at <see cref="RealLimits.MaxSignBits"/> bits the order is unknown.
/// <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> and <see cref="CompareTo(Real)"/> answer from
/// that rule and throw a <see cref="RealLimitException"/> when it says unknown (two approximations of one number computed
/// two ways, or an approximation of an exact value, can never be separated).
/// </para>
/// <para>
/// <see cref="Equals(Real)"/> and <see cref="GetHashCode"/> never refine and never throw, so a <see cref="Real"/> is a
/// safe dictionary key: they hold for exactly the pairs the rule proves equal (equal fractions, including an exact value
/// kept as an approximation because it outgrew <see cref="RealLimits.MaxExactBits"/>; or the same computation), and are
/// false where <c>==</c> answers false or cannot answer. Exact values hash by their reduced fraction.
/// </para>
/// </remarks>
public readonly partial struct Real : IEquatable<Real>, IComparable<Real>, IComparable
{
    /// <summary>The fraction 1, shared: the most common exact value after 0.</summary>
    private static readonly Fraction OneFraction = new(BigInteger.One, BigInteger.One);

    /// <summary>Null for 0, a <see cref="Fraction"/> for any other exact value, an <see cref="ApproxNode"/> for an approximation.</summary>
    /// <remarks>
    /// One reference, so that a value is 8 bytes: a network's weighted sums and gradients keep arrays of them (two
    /// <see cref="BigInteger"/> fields and a reference made a value 40 bytes, and those arrays most of a trace's bytes).
    /// </remarks>
    private readonly object? _value;

    private Real(BigInteger num, BigInteger den)
    {
        _value = num.IsZero ? null : num.IsOne && den.IsOne ? OneFraction : new Fraction(num, den);
    }

    private Real(ApproxNode approx)
    {
        _value = approx;
    }

    /// <summary>Gets the exact value 0.</summary>
    public static Real Zero => default;

    /// <summary>Gets the exact value 1.</summary>
    public static Real One => new(BigInteger.One, BigInteger.One);

    /// <summary>The one π computation, so that <see cref="Pi"/> is the same value each time it is read (and equals itself).</summary>
    private static readonly ApproxNode PiNode = ApproxNode.Constant(ApproxOp.Pi);

    /// <summary>Gets π as a certified approximation (the same computation every time).</summary>
    public static Real Pi => new(PiNode);

    /// <summary>Gets a value indicating whether the value is an exact rational.</summary>
    public bool IsExact => _value is not ApproxNode;

    /// <summary>Gets the numerator of an exact value, in lowest terms, carrying the sign.</summary>
    /// <exception cref="InvalidOperationException">The value is an approximation.</exception>
    public BigInteger Numerator => IsExact ? Num : throw NotExact();

    /// <summary>Gets the positive denominator of an exact value, in lowest terms.</summary>
    /// <exception cref="InvalidOperationException">The value is an approximation.</exception>
    public BigInteger Denominator => IsExact ? Den : throw NotExact();

    /// <summary>Gets a value indicating whether the value is exactly zero.</summary>
    public bool IsZero => _value is null;

    /// <summary>Gets the sign of the value: −1, 0 or 1, refining an approximation until it is decided.</summary>
    /// <exception cref="RealLimitException">An approximation is too close to zero to decide.</exception>
    public int Sign => IsExact ? Num.Sign : DecideSign(Approx!);

    /// <summary>The numerator of an exact value (0 for an approximation).</summary>
    internal BigInteger Num => _value is Fraction f ? f.Num : BigInteger.Zero;

    /// <summary>The positive denominator of an exact value (1 for 0 and for an approximation).</summary>
    internal BigInteger Den => _value is Fraction f ? f.Den : BigInteger.One;

    /// <summary>The approximation, or null for an exact value.</summary>
    private ApproxNode? Approx => _value as ApproxNode;

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
            return (double)Num / (double)Den is var d && double.IsFinite(d) && d != 0 ? d : RationalToDouble(Num, Den);
        }

        // The proven 17 significant digits, so that a value after a cancellation ((x + 1e-30) − x) is not the noise of a
        // 64-bit midpoint; only where even those cannot be decided, the midpoint of the finest enclosure tried.
        var display = Format(17);
        if (display.IsDecided && double.TryParse(display.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        var b = Approx!.Evaluate(RealLimits.MaxSignBits);
        var shift = (int)Math.Max(0, b.Mid.GetBitLength() - 64);
        return Math.ScaleB((double)(b.Mid >> shift), (int)Math.Clamp(b.Exp + shift, -4000, 4000));
    }

    /// <summary>Returns whether the values are proven equal without any refinement: equal fractions, or the same computation.</summary>
    /// <remarks>
    /// True exactly when <see cref="TryCompare"/> gives 0; false when it gives an order or unknown (never throws, unlike
    /// <c>==</c>). An approximation that happens to equal an exact value, or another computation of the same number, is
    /// not proven equal and is not <see cref="Equals(Real)"/>.
    /// </remarks>
    public bool Equals(Real other)
    {
        if (TryGetFraction(out var num, out var den) && other.TryGetFraction(out var otherNum, out var otherDen))
        {
            // Both fractions are in lowest terms with positive denominators: equal values have equal parts.
            return num == otherNum && den == otherDen;
        }

        return !IsExact && ReferenceEquals(Approx, other.Approx);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Real other && Equals(other);

    /// <summary>Returns a hash consistent with <see cref="Equals(Real)"/>: of the reduced fraction, or of the computation.</summary>
    public override int GetHashCode()
        => TryGetFraction(out var num, out var den) ? HashCode.Combine(num, den) : RuntimeHelpers.GetHashCode(Approx!);

    /// <summary>Compares the values where that can be proven: −1, 0 or 1, or null when unknown.</summary>
    /// <remarks>
    /// Exact values (and exact values kept as approximations) compare exactly. The same computation is equal to itself.
    /// Otherwise both are enclosed at 64, 128, … up to <see cref="RealLimits.MaxSignBits"/> bits until the enclosures
    /// separate; if they never do, the values may be equal and the answer is null. Equality of two different
    /// computations is never proven, only their order.
    /// </remarks>
    public static int? TryCompare(Real left, Real right)
    {
        if (left.TryGetFraction(out var a, out var ad) && right.TryGetFraction(out var b, out var bd))
        {
            return ad == bd ? a.CompareTo(b) : (a * bd).CompareTo(b * ad);
        }

        if (!left.IsExact && ReferenceEquals(left.Approx, right.Approx))
        {
            return 0;
        }

        for (var prec = 64; prec <= RealLimits.MaxSignBits; prec *= 2)
        {
            var difference = Ball.Sub(left.Enclose(prec), right.Enclose(prec), prec);
            if (difference.IsPositive)
            {
                return 1;
            }

            if (difference.IsNegative)
            {
                return -1;
            }
        }

        return null;
    }

    /// <summary>Compares the values, refining approximations until the order is decided (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">The order cannot be decided: the values may be equal.</exception>
    public int CompareTo(Real other) => TryCompare(this, other) ?? throw Incomparable(this, other);

    /// <inheritdoc/>
    public int CompareTo(object? obj)
        => obj switch
        {
            null => 1,
            Real other => CompareTo(other),
            _ => throw new ArgumentException("the object is not a Real", nameof(obj)),
        };

    /// <summary>Returns whether the values are equal (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">Equality cannot be decided: the values' enclosures never separate.</exception>
    public static bool operator ==(Real left, Real right) => left.CompareTo(right) == 0;

    /// <summary>Returns whether the values differ (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">Equality cannot be decided: the values' enclosures never separate.</exception>
    public static bool operator !=(Real left, Real right) => left.CompareTo(right) != 0;

    /// <summary>Returns whether the left value is smaller (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">The order cannot be decided.</exception>
    public static bool operator <(Real left, Real right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether the left value is larger (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">The order cannot be decided.</exception>
    public static bool operator >(Real left, Real right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether the left value is smaller or equal (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">The order cannot be decided.</exception>
    public static bool operator <=(Real left, Real right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether the left value is larger or equal (see <see cref="TryCompare"/>).</summary>
    /// <exception cref="RealLimitException">The order cannot be decided.</exception>
    public static bool operator >=(Real left, Real right) => left.CompareTo(right) >= 0;

    /// <summary>Returns an enclosure of the value at a working precision of at least <paramref name="prec"/> bits.</summary>
    internal Ball Enclose(int prec) => IsExact ? Ball.FromRational(Num, Den, prec) : Approx!.Evaluate(prec);

    internal ApproxNode AsNode() => Approx ?? ApproxNode.Rational(Num, Den);

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

    /// <summary>The exact num/den, already in lowest terms with den positive, whatever its size (an <see cref="ApproxNode"/>'s exact operand).</summary>
    internal static Real Reduced(BigInteger num, BigInteger den) => new(num, den);

    /// <summary>An exact value that is allowed past the size cap (a literal the user wrote).</summary>
    internal static Real ExactUncapped(BigInteger num, BigInteger den)
    {
        var g = BigInteger.GreatestCommonDivisor(num, den);
        return g.IsOne ? new Real(num, den) : new Real(num / g, den / g);
    }

    /// <summary>The value's reduced fraction when it is exact, including an exact value kept as an approximation for its size.</summary>
    private bool TryGetFraction(out BigInteger num, out BigInteger den)
    {
        if (IsExact)
        {
            num = Num;
            den = Den;
            return true;
        }

        return Approx!.TryGetRational(out num, out den);
    }

    private static RealLimitException Incomparable(Real left, Real right)
    {
        var what = left.IsExact || right.IsExact ? "an approximation and an exact value" : "two different approximations";
        return new RealLimitException(
            $"cannot compare {what}: their enclosures still overlap at {RealLimits.MaxSignBits} bits, so they may be equal " +
            "(equality of different computations is never proven); use Real.TryCompare to get 'unknown' instead");
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

    /// <summary>An exact value other than 0: its fraction in lowest terms, the denominator positive.</summary>
    private sealed class Fraction(BigInteger num, BigInteger den)
    {
        public BigInteger Num { get; } = num;

        public BigInteger Den { get; } = den;
    }
}
