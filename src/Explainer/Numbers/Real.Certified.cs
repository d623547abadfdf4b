namespace Explainer.Numbers;

public readonly partial struct Real
{
    /// <summary>The value held at <paramref name="prec"/> bits for computations built on it: an approximation is enclosed at
    /// that precision (and keeps the enclosure); an exact value past <paramref name="maxExactBits"/> bits of numerator or
    /// denominator becomes a certified leaf; a smaller exact value stays itself.</summary>
    /// <remarks>
    /// The leaf of an exact value is a ball of <paramref name="prec"/> bits over the fraction, so that arithmetic on it costs
    /// the same however many digits the fraction has; asked for more bits, the leaf encloses the fraction again, so every
    /// digit a display asks for is still proven. An approximation needs no leaf: enclosed at <paramref name="prec"/>, it is
    /// one already for everything computed at that precision or less, and refines from its own recipe beyond.
    /// </remarks>
    internal Real Certified(int prec, int maxExactBits)
    {
        if (IsExact)
        {
            return FractionBits <= maxExactBits
                ? this
                : Leaf(ApproxNode.Rational(Num, Den), prec);
        }

        // An exact value kept as an approximation for its size would otherwise be computed with exactly, digits and all.
        return Approx!.TryGetRational(out _, out _) ? Leaf(Approx, prec) : Enclosed(prec);
    }

    /// <summary>How many bits of <paramref name="prec"/> the value's enclosure at that precision has lost: prec less its
    /// relative accuracy (log₂ of |midpoint| over radius); 0 for an exact value, null when the ball holds zero.</summary>
    internal int? LostBits(int prec)
    {
        if (IsExact)
        {
            return 0;
        }

        var ball = Approx!.Evaluate(prec);
        if (ball.IsInfinite || !(ball.IsPositive || ball.IsNegative))
        {
            return null;
        }

        if (ball.Rad.IsZero)
        {
            return 0;
        }

        var accurate = ball.MidBits + ball.Exp - ball.Rad.Log2Estimate();
        return (int)Math.Max(0, Math.Ceiling(prec - accurate));
    }

    /// <summary>The value itself, an approximation enclosed at <paramref name="prec"/> bits first (and keeping the enclosure),
    /// so that what is computed from it at that precision, and a sign decision on it, read that enclosure.</summary>
    internal Real Enclosed(int prec)
    {
        Approx?.Evaluate(prec);
        return this;
    }

    private static Real Leaf(ApproxNode origin, int prec) => new(ApproxNode.Enclosed(origin, origin.Evaluate(prec), prec));
}
