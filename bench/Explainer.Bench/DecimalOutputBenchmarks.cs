using System.Numerics;
using BenchmarkDotNet.Attributes;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>The output path alone: rounding an already evaluated ball, and an exact fraction, to N significant digits.</summary>
/// <remarks>
/// Each call wraps the evaluated e = exp(1) in a fresh negation, so that the display cache of the node does not answer
/// and the ball (computed once, in the setup, at more than the precision the rounding asks for) is rounded again.
/// </remarks>
[MemoryDiagnoser]
public class DecimalOutputBenchmarks
{
    private ApproxNode _e = null!;
    private Real _fraction;

    [Params(500, 5000, 20000)]
    public int Digits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _e = ExactMath.Exp(Real.One).AsNode();
        _e.Evaluate((int)(Digits * 3.33) + 2000);
        _fraction = Real.ExactUncapped(BigInteger.Pow(3, (int)(Digits * 2.1)), BigInteger.Pow(7, (int)(Digits * 1.2)));
    }

    /// <summary>−e to <see cref="Digits"/> digits from its cached enclosure.</summary>
    [Benchmark]
    public string RoundBall() => Real.FromNode(ApproxNode.Unary(ApproxOp.Neg, _e)).Format(Digits).Text;

    /// <summary>3^⌊2.1N⌋ / 7^⌊1.2N⌋ (N digits over N digits, kept exact past the size cap) to <see cref="Digits"/> digits.</summary>
    [Benchmark]
    public string RoundFraction() => _fraction.Format(Digits).Text;
}
