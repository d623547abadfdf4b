using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Bench;

/// <summary>
/// The bytes one ball operation allocates at a precision, its result included: <c>-- op-bytes [BITS]</c>. Where a trace's
/// bytes come from, op by op (the allocation target of issue 14: a ball that does not allocate would show its result's
/// midpoint only).
/// </summary>
public static class OperationBytes
{
    public static void Run(int prec)
    {
        var x = Real.Parse("0.3712345").Enclose(prec);
        var y = Ball.Div(Real.Parse("0.7").Enclose(prec), Real.Parse("3").Enclose(prec), prec);
        var terms = Enumerable.Range(1, 16).Select(i => Ball.Mul(y, Real.FromInteger(i).Enclose(prec), prec)).ToArray();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes allocated per operation at {prec} bits (mean of 100):"));
        Show("add", () => Ball.Add(x, y, prec));
        Show("mul", () => Ball.Mul(x, y, prec));
        Show("div", () => Ball.Div(x, y, prec));
        Show("sqrt", () => BallMath.Sqrt(y, prec));
        Show("exp", () => BallMath.Exp(y, prec));
        Show("sigmoid", () => BallMath.Sigmoid(y, prec));
        Show("dot of 8 pairs", () => Ball.Dot(terms, pairs: true, Ball.Zero, prec));
        Show("decimal 3/20", () => Ball.FromRational(3, 20, prec));
    }

    private static void Show(string what, Func<Ball> op)
    {
        _ = op();
        _ = op();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = op();
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100.0;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-16}{bytes,8:F0} B"));
    }
}
