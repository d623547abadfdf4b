using Explainer.Expressions;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>Issue 9's inputs that hung, printed an enclosure where the digits are easy, or printed a false certified value.</summary>
public sealed class RealBudgetTests
{
    [Theory]
    [InlineData("log(1 + 1e-15)", 1, "1e-15")]
    [InlineData("log(1 + 1e-15)", 8, "1.0000000e-15")]
    [InlineData("log(1 + 1e-25)", 7, "1.000000e-25")]
    [InlineData("softplus(-700)", 7, "9.859677e-305")]
    [InlineData("exp(1e-300) - 1", 5, "1.0000e-300")]
    [InlineData("1 - sigmoid(40)", 10, "4.248354255e-18")]
    [InlineData("log(sigmoid(50))", 10, "-1.928749848e-22")]
    [InlineData("sqrt(1 + 1e-300) - 1", 5, "5.0000e-301")]
    public void NearCancellation_QuotedInTheIssue_PrintsCertifiedDigits(string expression, int digits, string expected)
    {
        var display = ReferenceData.Evaluate(expression).Format(digits);

        display.ShouldBe(new RealDisplay(expected, RealDisplayStatus.Rounded, false));
    }

    [Fact]
    public void Grad_LogOnePlusTinyX_GivesValueAndGradient()
    {
        var parsed = ExpressionParser.Parse("log(1 + x)");
        var (graph, _) = ExpressionGraph.Build(parsed.Program!, [new("x", Real.Parse("1e-25"))]);
        var trace = Backward.Run(graph!);

        graph!.Output.Value.Format(7).Text.ShouldBe("1.000000e-25");
        trace.Gradient("x").Format(7).Text.ShouldBe("1.000000");
    }

    [Fact]
    public void Pow_PerfectCubeRoot_IsExact()
    {
        var value = ReferenceData.Evaluate("0.008^(1/3)");

        value.IsExact.ShouldBeTrue();
        value.ShouldBe(Real.FromFraction(1, 5));
    }

    [Theory]
    [InlineData("(27/8)^(2/3)", 9, 4)]
    [InlineData("32^(-3/5)", 1, 8)]
    [InlineData("1^(1/1000000)", 1, 1)]
    public void Pow_RationalPowerOfPerfectPower_IsExact(string expression, int numerator, int denominator)
    {
        ReferenceData.Evaluate(expression).ShouldBe(Real.FromFraction(numerator, denominator));
    }

    [Fact]
    public void Pow_RootThatIsNotRational_IsCertified()
    {
        ReferenceData.Evaluate("0.009^(1/3)").IsExact.ShouldBeFalse();
    }

    [Theory]
    [InlineData("0.5^(2^33)", "1.038383845e-2585827973")]
    [InlineData("-2^(2^33)", "-9.630350134e+2585827972")]
    [InlineData("10^(10^10)", "1.000000000e+10000000000")]
    [InlineData("exp(1e11)", "2.114378651e+43429448190")]
    [InlineData("exp(-1e11)", "4.729521836e-43429448191")]
    [InlineData("sigmoid(-1e11)", "4.729521836e-43429448191")]
    [InlineData("0.1^(10^10)", "1.000000000e-10000000000")]
    [InlineData("1/2^(2^31)", "5.676615526e-646456994")]
    [InlineData("exp(1e10)", "1.077750608e+4342944819")]
    [InlineData("exp(1e8)", "1.549976747e+43429448")]
    [InlineData("2^(10^9)", "4.612976001e+301029995")]
    [InlineData("(10^10000)^10000", "1.000000000e+100000000")]
    [InlineData("log(2^(2^33))", "5954088944")]
    [InlineData("sigmoid(1e12)", "1.000000000")]
    [InlineData("softplus(1e12)", "1.000000000e+12")]
    [InlineData("erf(1e6)", "1.000000000")]
    [InlineData("erf(exp(-1e11))", "5.336693910e-43429448191")]
    [InlineData("exp(exp(-1e11))", "1.000000000")]
    [InlineData("sigmoid(exp(-1e11))", "0.5000000000")]
    [InlineData("sqrt(exp(-1e11))", "6.877151907e-21714724096")]
    [InlineData("log(exp(-1e11))", "-1.000000000e+11")]
    [InlineData("gelu(2^(10^9))", "4.612976001e+301029995")]
    [InlineData("erf(2^(10^9))", "1.000000000")]
    [InlineData("tanh(-2^(10^9))", "-1.000000000")]
    [InlineData("sigmoid(2^(10^9))", "1.000000000")]
    [InlineData("sigmoid(-exp(20))", "6.637663005e-210704568")]
    [InlineData("softplus(-exp(20))", "6.637663005e-210704568")]
    public void HugeOrTinyMagnitude_AtTenDigits_PrintsTheRightDigits(string expression, string expected)
    {
        var display = ReferenceData.Evaluate(expression).Format(10);

        display.ShouldBe(new RealDisplay(expected, RealDisplayStatus.Rounded, false));
    }

    [Fact]
    public void Grad_ExpAtLargeX_GradientHasItsDigits()
    {
        var parsed = ExpressionParser.Parse("exp(x)");
        var (graph, _) = ExpressionGraph.Build(parsed.Program!, [new("x", Real.Parse("1e11"))]);
        var trace = Backward.Run(graph!);

        trace.Gradient("x").Format(10).Text.ShouldBe("2.114378651e+43429448190");
    }

    [Fact]
    public void Pow_BeyondTheMagnitudeLimit_IsRefusedNamingIt()
    {
        var value = ReferenceData.Evaluate("3^(2^40)");

        Should.Throw<RealLimitException>(() => value.Format(10)).Message
            .ShouldBe("the result's magnitude, about 10^5.2e11, is beyond the limit of 10^±3.3e11 (2^±2^40)");
    }

    [Fact]
    public void Enclosure_OfHugeValueAtZero_IsWrittenWithoutRunningOutOfMemory()
    {
        var huge = ExactMath.Exp(100_000_000);
        var display = ((huge * ExactMath.Sqrt(2) * ExactMath.Sqrt(2)) - (huge * 2)).Format(5);

        display.Status.ShouldBe(RealDisplayStatus.Undecided);
        display.Text.ShouldStartWith("[-");
        display.Text.ShouldMatch(@"^\[-\d\.\d+e\+434282\d\d, \d\.\d+e\+434282\d\d\]$");
    }

    [Fact]
    public void Pow_ExponentBeyondTheLimit_NamesItsSizeNotItsDigits()
    {
        Should.Throw<RealLimitException>(() => Real.Pow(2, System.Numerics.BigInteger.Pow(10, 100))).Message
            .ShouldBe("integer powers are supported up to |n| < 2^48; got n = a 333-bit integer");
    }

    [Fact]
    public void FormatFixed_OfVanishingValue_IsZero()
    {
        ExactMath.Exp(-100_000_000_000L).FormatFixed(6).Text.ShouldBe("0.000000");
    }

    [Fact]
    public void FormatFixed_OfHugeValue_IsRefusedNamingTheDigits()
    {
        Should.Throw<RealLimitException>(() => ExactMath.Exp(1_000_000_000).FormatFixed(5)).Message
            .ShouldBe("the value written with a fixed number of decimals would need about 4.3e8 digits, beyond the limit of 100000");
    }

    [Fact]
    public void Parse_MillionDigitLiteral_IsRefusedBeforeItIsRead()
    {
        var text = "0." + new string('3', 1_000_000);

        Real.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe("'0.333333333333333333…3333333333' has 1000001 digits; number literals are limited to 100000 digits");
    }

    [Fact]
    public void Format_LongTerminatingLiteral_IsQuick()
    {
        // 99998 fives: one division by 5 per factor made this quadratic (seconds); one power of 5 decides it.
        var value = Real.Parse("0." + new string('3', 99_998));

        value.Format(5).Text.ShouldBe("0.33333");
    }

    [Fact]
    public void Format_ExactZeroWrittenAsACancellation_EndsUndecidedWithinTheBudget()
    {
        var two = ExactMath.Sqrt(2) * ExactMath.Sqrt(2);

        var display = (two - 2).Format(10);

        display.Status.ShouldBe(RealDisplayStatus.Undecided);
        display.Text.ShouldMatch(@"^\[-\d\.\d+e-12\d\d, \d\.\d+e-12\d\d\]$");
    }

    [Fact]
    public void RefinementBudget_IsTheStartPlusTheCancellationBitsOrTwiceTheStart()
    {
        RealLimits.RefinementBudget(57).ShouldBe(57 + 4096);
        RealLimits.RefinementBudget(33_244).ShouldBe(3 * 33_244);
        RealLimits.RefinementBudget(RealLimits.MaxPrecisionBits).ShouldBe(RealLimits.MaxPrecisionBits);
    }

    [Fact]
    public void Sign_OfZeroWrittenAsACancellation_NamesTheBitsItTried()
    {
        var two = ExactMath.Sqrt(2) * ExactMath.Sqrt(2);

        Should.Throw<RealLimitException>(() => (two - 2).Sign).Message
            .ShouldBe("cannot decide the sign of the value within 8192 bits of precision: the value may be exactly at the boundary");
    }
}
