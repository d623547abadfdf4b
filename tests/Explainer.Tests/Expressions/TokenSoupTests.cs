using Explainer.Expressions;
using Explainer.Numbers;

namespace Explainer.Tests.Expressions;

/// <summary>The adversarial sweep, expressions: seeded random token soup must parse to a program or to diagnostics, and every
/// program must evaluate to proven digits or to a clear refusal, never an unexpected exception or a runaway.</summary>
public sealed class TokenSoupTests
{
    public const int Count = 2000;

    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "0.5", ".5", "7.", "1e-3", "1e300", "1e-300", "2.5E+2", "99999999999999999999", "1e100000", "0.1",
        "x", "pi", "e", "J", "_a", "w_5",
        "exp", "log", "ln", "sqrt", "tanh", "sigmoid", "erf", "relu", "abs", "softplus", "swish", "gelu", "leaky_relu", "elu", "sigmod",
        "+", "-", "*", "/", "^", "^", "(", "(", ")", ")", ",", ";", "=", "\n", " ", "  ", "$", "é", "∂", "\t", "1/3", "2^10",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < Count; seed += 20)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task TokenSoup_ParsesOrExplains_AndEvaluatesOrRefuses(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 20; seed++)
        {
            var text = Soup(seed);
            var run = Task.Run(() => Outcome(text), TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
            finished.ShouldBe(run, $"seed {seed}: '{text}' did not finish within 20 s");
            (await run).ShouldNotBeNullOrEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task RandomFormula_EvaluatesOrRefuses(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 20; seed++)
        {
            var text = Formula(new Random(seed), 4);
            var run = Task.Run(() => Outcome(text), TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
            finished.ShouldBe(run, $"seed {seed}: '{text}' did not finish within 20 s");
            (await run).ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Soup_IsReproducible() => Soup(7).ShouldBe(Soup(7));

    [Fact]
    public void Soup_ParsesSometimes_AndFormulasAlways()
    {
        Enumerable.Range(0, Count).Count(seed => ExpressionParser.Parse(Soup(seed)).Succeeded).ShouldBeGreaterThan(Count / 20);
        Enumerable.Range(0, Count).Count(seed => ExpressionParser.Parse(Formula(new Random(seed), 4)).Succeeded).ShouldBe(Count);
    }

    private static readonly string[] Leaves =
    [
        "x", "0", "1", "0.5", "2", "10", "1e-25", "1e-300", "1e300", "1e11", "-1e11", "1e10", "2^33", "(1/3)", "pi", "e", "1e-15", "0.999999999999", "700", "-700",
    ];

    private static readonly string[] Functions = ["exp", "log", "sqrt", "tanh", "sigmoid", "erf", "relu", "abs", "softplus", "swish", "gelu"];

    /// <summary>A well-formed random formula over numbers chosen to sit near cancellations and range limits.</summary>
    private static string Formula(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
        {
            return Leaves[random.Next(Leaves.Length)];
        }

        return random.Next(3) switch
        {
            0 => $"{Functions[random.Next(Functions.Length)]}({Formula(random, depth - 1)})",
            1 => $"({Formula(random, depth - 1)} {"+-*/^"[random.Next(5)]} {Formula(random, depth - 1)})",
            _ => $"({Formula(random, depth - 1)} - {Formula(random, depth - 1)} + 1e-20)",
        };
    }

    private static string Soup(int seed)
    {
        var random = new Random(seed);
        var length = random.Next(1, 24);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    /// <summary>What a user would see: the digits, or the first diagnostic or refusal.</summary>
    private static string Outcome(string text)
    {
        var parsed = ExpressionParser.Parse(text);
        if (!parsed.Succeeded)
        {
            parsed.Diagnostics.ShouldNotBeEmpty();
            return parsed.Diagnostics[0].Message;
        }

        var (graph, diagnostics) = ExpressionGraph.Build(parsed.Program!, [new("x", Real.Parse("0.7"))]);
        if (graph is null)
        {
            return diagnostics[0].Message;
        }

        try
        {
            return graph.Output.Value.Format(12).Text;
        }
        catch (Exception e) when (e is RealDomainException or RealLimitException or DivideByZeroException)
        {
            return e.Message;
        }
    }
}
