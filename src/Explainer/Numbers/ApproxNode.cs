using System.Numerics;

namespace Explainer.Numbers;

/// <summary>A value that is not an exact rational: the recipe that computes it at any precision, and its best enclosure so far.</summary>
/// <remarks>
/// Nodes form a DAG over their operands. <see cref="Evaluate"/> walks it iteratively (an explicit stack, no recursion),
/// so a chain thousands of operations deep evaluates without exhausting the call stack. Each node caches its
/// enclosure at the highest precision asked for; a new, higher precision recomputes the DAG once.
/// </remarks>
internal sealed class ApproxNode
{
    private readonly ApproxOp _op;
    private readonly ApproxNode? _a;
    private readonly ApproxNode? _b;
    /// <summary>The exact operand (of a rational, an operation with an exact operand, a fused sum's constant term; the exponent of a power): one reference, 0 for none.</summary>
    private readonly Real _exact;
    private readonly bool _exactFirst;
    private readonly Real[]? _factors;
    private Evaluated? _cache;
    private Displayed? _display;

    [ThreadStatic]
    private static Stack<ApproxNode>? t_walk;

    /// <summary>The thread's scratch for a fused sum's operand balls; taken (set to null) while in use, since enclosing an operand may evaluate another fused sum.</summary>
    [ThreadStatic]
    private static Ball[]? t_balls;

    private ApproxNode(ApproxOp op, ApproxNode? a, ApproxNode? b, Real exact, bool exactFirst = false, Real[]? factors = null)
    {
        _op = op;
        _a = a;
        _b = b;
        _exact = exact;
        _exactFirst = exactFirst;
        _factors = factors;
    }

    /// <summary>Σ aᵢ·bᵢ + num/den over the pairs in <paramref name="factors"/> (a₁, b₁, …), or Σ xᵢ + num/den over its entries when not <paramref name="pairs"/>, rounded once.</summary>
    /// <remarks>A weighted sum of n inputs is one node instead of 2n, and one rounding instead of 2n (<see cref="Ball.Dot"/>).</remarks>
    public static ApproxNode Dot(Real[] factors, bool pairs, Real constant)
        => new(pairs ? ApproxOp.Dot : ApproxOp.Sum, null, null, constant, factors: factors);

    /// <summary>The exact num/den (in lowest terms, den positive), kept as a node for its size.</summary>
    public static ApproxNode Rational(BigInteger num, BigInteger den) => new(ApproxOp.Rational, null, null, Real.Reduced(num, den));

    public static ApproxNode Constant(ApproxOp op) => new(op, null, null, Real.Zero);

    public static ApproxNode Unary(ApproxOp op, ApproxNode a) => new(op, a, null, Real.Zero);

    public static ApproxNode Binary(ApproxOp op, ApproxNode a, ApproxNode b) => new(op, a, b, Real.Zero);

    /// <summary>An operation between an approximation and an exact num/den, the exact operand kept in the node rather than in one of its own.</summary>
    /// <param name="op">Add, Sub, Mul or Div.</param>
    /// <param name="a">The approximate operand.</param>
    /// <param name="exact">The exact operand.</param>
    /// <param name="exactFirst">Whether the exact operand is the left one (num/den − a, num/den ÷ a).</param>
    /// <remarks>Data meets computed values everywhere in a trace (η·g, w − η·g, t − o, 1 − o); this halves the nodes there.</remarks>
    public static ApproxNode WithExact(ApproxOp op, ApproxNode a, Real exact, bool exactFirst)
    {
        var variant = op switch
        {
            ApproxOp.Add => ApproxOp.AddExact,
            ApproxOp.Sub => ApproxOp.SubExact,
            ApproxOp.Mul => ApproxOp.MulExact,
            ApproxOp.Div => ApproxOp.DivExact,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "only + − × ÷ take an exact operand"),
        };
        return new(variant, a, null, exact, exactFirst);
    }

    /// <summary>A certified leaf: <paramref name="origin"/>'s enclosure <paramref name="ball"/> at <paramref name="prec"/> bits, kept; asked for more bits, it evaluates <paramref name="origin"/> at them.</summary>
    /// <remarks>
    /// A computation built on the leaf sees a ball of bounded size rather than its origin (an exact fraction whose digits
    /// grow each training step), yet every digit a display asks for can still be proven: the origin is the value itself.
    /// </remarks>
    public static ApproxNode Enclosed(ApproxNode origin, Ball ball, int prec)
    {
        var node = new ApproxNode(ApproxOp.Enclosed, origin, null, Real.Zero);
        node._cache = new Evaluated(ball, prec);
        return node;
    }

    /// <summary>Gets the precision, in bits, of the finest enclosure kept (0 when none is).</summary>
    public int CachedPrecision => _cache?.Prec ?? 0;

    /// <summary>Whether the node is an exact fraction (kept as a node for its size), and the fraction in lowest terms.</summary>
    public bool TryGetRational(out BigInteger num, out BigInteger den)
    {
        (num, den) = _op == ApproxOp.Rational ? (_exact.Num, _exact.Den) : (BigInteger.Zero, BigInteger.One);
        return _op == ApproxOp.Rational;
    }

    /// <summary>aⁿ for an integer n ≥ 0.</summary>
    public static ApproxNode Power(ApproxNode a, BigInteger n) => new(ApproxOp.PowInt, a, null, Real.FromInteger(n));

    /// <summary>Gets a value indicating whether the node is eᵃ, so that eᵃ − 1 can become expm1(a).</summary>
    public bool IsExp => _op == ApproxOp.Exp;

    /// <summary>The operand of a unary node (eᵃ → a).</summary>
    public ApproxNode Operand => _a ?? throw new InvalidOperationException($"{_op} has no operand");

    /// <summary>Whether the node is 1 + a (or a + 1) or 1 − a, with a approximate: the argument of a log that becomes log1p(±a).</summary>
    public bool IsOnePlus(out ApproxNode a, out bool negated)
    {
        a = _a!;
        negated = false;
        if (_exact.Num.IsOne && _exact.Den.IsOne)
        {
            if (_op == ApproxOp.AddExact)
            {
                return true;
            }

            if (_op == ApproxOp.SubExact && _exactFirst)
            {
                negated = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns an enclosure computed with a working precision of at least <paramref name="prec"/> bits.</summary>
    public Ball Evaluate(int prec)
    {
        var cached = _cache;
        if (cached is not null && cached.Prec >= prec)
        {
            return cached.Value;
        }

        if (OperandsReady(prec, null))
        {
            // Operands already enclosed (the common case when a trace is displayed in order): no walk needed.
            var value = Compute(prec);
            Remember(new Evaluated(value, prec));
            return value;
        }

        // One walk stack per thread, taken while in use (a walk never starts another, but a reader on the thread might).
        var stack = t_walk ?? new Stack<ApproxNode>();
        t_walk = null;
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Peek();
            if (!node.OperandsReady(prec, stack))
            {
                continue;
            }

            stack.Pop();
            if (!node.IsReady(prec))
            {
                node.Remember(new Evaluated(node.Compute(prec), prec));
            }
        }

        t_walk = stack;
        return _cache!.Value;
    }

    private bool IsReady(int prec) => _cache is { } c && c.Prec >= prec;

    /// <summary>Whether every operand is enclosed at <paramref name="prec"/>; pushes those that are not onto <paramref name="stack"/>, if given.</summary>
    private bool OperandsReady(int prec, Stack<ApproxNode>? stack)
    {
        var ready = true;
        if (_a is { } a && !a.IsReady(prec))
        {
            stack?.Push(a);
            ready = false;
        }

        if (_b is { } b && !b.IsReady(prec))
        {
            stack?.Push(b);
            ready = false;
        }

        if (_factors is { } factors)
        {
            foreach (var f in factors)
            {
                if (f.Approximation is { } node && !node.IsReady(prec))
                {
                    if (stack is null)
                    {
                        return false;
                    }

                    stack.Push(node);
                    ready = false;
                }
            }
        }

        return ready;
    }

    /// <summary>Keeps an enclosure unless one at least as precise is already kept.</summary>
    /// <remarks>A node can be shared between threads (π is one node for the whole process); a cache that only ever gains
    /// precision means an operand found ready at p bits stays ready, so a parent is never computed from a coarser ball.</remarks>
    private void Remember(Evaluated value)
    {
        while (true)
        {
            var current = _cache;
            if ((current is not null && current.Prec >= value.Prec) || ReferenceEquals(Interlocked.CompareExchange(ref _cache, value, current), current))
            {
                return;
            }
        }
    }

    private Ball Compute(int prec)
    {
        var a = _a?._cache!.Value ?? default;
        var b = _b?._cache!.Value ?? default;
        return _op switch
        {
            ApproxOp.Rational => ExactBall(prec),
            ApproxOp.Pi => Constants.Pi(prec),
            ApproxOp.Add => Ball.Add(a, b, prec),
            ApproxOp.Sub => Ball.Sub(a, b, prec),
            ApproxOp.Mul => Ball.Mul(a, b, prec),
            ApproxOp.Div => Ball.Div(a, b, prec),
            ApproxOp.AddExact => Ball.Add(a, ExactBall(prec), prec),
            ApproxOp.SubExact => _exactFirst ? Ball.Sub(ExactBall(prec), a, prec) : Ball.Sub(a, ExactBall(prec), prec),
            ApproxOp.MulExact => Ball.Mul(a, ExactBall(prec), prec),
            ApproxOp.DivExact => _exactFirst ? Ball.Div(ExactBall(prec), a, prec) : Ball.Div(a, ExactBall(prec), prec),
            ApproxOp.Neg => a.Negate(),
            ApproxOp.Abs => AbsOf(a),
            ApproxOp.PowInt => BallMath.PowInt(a, _exact.Num, prec),
            ApproxOp.Exp => BallMath.Exp(a, prec),
            ApproxOp.Log => BallMath.Log(a, prec),
            ApproxOp.Sqrt => BallMath.Sqrt(a, prec),
            ApproxOp.Tanh => BallMath.Tanh(a, prec),
            ApproxOp.Sigmoid => BallMath.Sigmoid(a, prec),
            ApproxOp.Erf => BallMath.Erf(a, prec),
            ApproxOp.ExpM1 => BallMath.ExpM1(a, prec),
            ApproxOp.Log1p => BallMath.Log1p(a, prec),
            ApproxOp.Softplus => BallMath.Softplus(a, prec),
            ApproxOp.Dot or ApproxOp.Sum => ComputeDot(prec),
            ApproxOp.Enclosed => a,
            _ => throw new InvalidOperationException($"unknown operation {_op}"),
        };
    }

    /// <summary>The fused sum of <see cref="Dot"/>: operands from their caches, exact factors as balls a few bits finer than the result.</summary>
    private Ball ComputeDot(int prec)
    {
        var factors = _factors!;

        // A scratch array of the thread's, cleared after use as far as it was used (not the pool's whole array each time).
        var balls = t_balls is { } known && known.Length >= factors.Length ? known : new Ball[Math.Max(factors.Length, 64)];
        t_balls = null;
        try
        {
            for (var i = 0; i < factors.Length; i++)
            {
                balls[i] = factors[i].IsExact ? factors[i].Enclose(prec + 8) : factors[i].Enclose(prec);
            }

            var constant = _exact.IsZero ? Ball.Zero : ExactBall(prec + 8);
            return Ball.Dot(balls.AsSpan(0, factors.Length), _op == ApproxOp.Dot, constant, prec);
        }
        finally
        {
            balls.AsSpan(0, factors.Length).Clear();
            t_balls = balls;
        }
    }

    /// <summary>The exact operand as a ball of <paramref name="prec"/> bits.</summary>
    private Ball ExactBall(int prec) => Ball.FromRational(_exact.Num, _exact.Den, prec);

    private static Ball AbsOf(Ball a)
    {
        if (a.IsPositive || a.IsNegative)
        {
            return a.Abs();
        }

        // The ball straddles zero: |x| lies in [0, upper], enclosed by a ball centred at zero.
        return Ball.Enclosing(a.UpperMagnitude);
    }

    /// <summary>Returns the display last made at <paramref name="digits"/>, if that is the number of digits asked for again.</summary>
    public bool TryGetDisplay(int digits, out RealDisplay display)
    {
        var known = _display;
        if (known is not null && known.Digits == digits)
        {
            display = known.Display;
            return true;
        }

        display = default;
        return false;
    }

    /// <summary>Keeps the display at <paramref name="digits"/>, so that a value shown in several places is rounded once.</summary>
    public void RememberDisplay(int digits, RealDisplay display) => _display = new Displayed(digits, display);

    private sealed record Evaluated(Ball Value, int Prec);

    private sealed record Displayed(int Digits, RealDisplay Display);
}
