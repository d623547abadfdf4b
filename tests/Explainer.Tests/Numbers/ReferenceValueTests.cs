using System.Globalization;
using Explainer.Numbers;

namespace Explainer.Tests.Numbers;

/// <summary>The engine against independent mpmath values committed in Data/: every digit must agree.</summary>
public sealed class ReferenceValueTests
{
    public static TheoryData<string, string, int, string, int> Constants()
    {
        var data = new TheoryData<string, string, int, string, int>();
        foreach (var r in ReferenceData.Rows("constants.tsv"))
        {
            data.Add(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], int.Parse(r[4], CultureInfo.InvariantCulture));
        }

        return data;
    }

    public static TheoryData<string, string, int, string, int> Random()
    {
        var data = new TheoryData<string, string, int, string, int>();
        foreach (var r in ReferenceData.Rows("random.tsv"))
        {
            data.Add(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], int.Parse(r[4], CultureInfo.InvariantCulture));
        }

        return data;
    }

    public static TheoryData<string, string, int, string, int> LongValues()
    {
        var data = new TheoryData<string, string, int, string, int>();
        foreach (var r in ReferenceData.Rows("digits5000.tsv"))
        {
            data.Add(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], int.Parse(r[4], CultureInfo.InvariantCulture));
        }

        return data;
    }

    public static TheoryData<string, int, string, int> Rounding()
    {
        var data = new TheoryData<string, int, string, int>();
        foreach (var r in ReferenceData.Rows("rounding.tsv"))
        {
            data.Add(r[0], int.Parse(r[1], CultureInfo.InvariantCulture), r[2], int.Parse(r[3], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Constants))]
    public void Constant_AtReferenceDigits_AgreesDigitForDigit(string name, string expression, int digits, string mantissa, int exponent)
    {
        var display = ReferenceData.Evaluate(expression).Format(digits);

        display.IsDecided.ShouldBeTrue(name);
        ReferenceData.Normalize(display.Text).ShouldBe((mantissa, exponent), name);
    }

    [Theory]
    [MemberData(nameof(LongValues))]
    public void LongValue_At5000Digits_AgreesDigitForDigit(string name, string expression, int digits, string mantissa, int exponent)
    {
        var display = ReferenceData.Evaluate(expression).Format(digits);

        display.IsDecided.ShouldBeTrue(name);
        ReferenceData.Normalize(display.Text).ShouldBe((mantissa, exponent), name);
    }

    [Theory]
    [MemberData(nameof(Random))]
    public void RandomExpression_AtReferenceDigits_AgreesDigitForDigit(string seed, string expression, int digits, string mantissa, int exponent)
    {
        var value = ReferenceData.Evaluate(expression);
        var display = value.Format(digits);

        display.IsDecided.ShouldBeTrue(seed);
        var (m, e) = ReferenceData.Normalize(display.Text);

        // An exact decimal shorter than the digits asked for is printed in full, without trailing zeros.
        (value.IsExact ? m.TrimEnd('0') : m, e).ShouldBe((value.IsExact ? mantissa.TrimEnd('0') : mantissa, exponent), seed);
    }

    [Theory]
    [MemberData(nameof(Rounding))]
    public void ExactValue_RoundedToDigits_IsHalfEven(string expression, int digits, string mantissa, int exponent)
    {
        var value = ReferenceData.Evaluate(expression);
        value.IsExact.ShouldBeTrue();

        var text = value.Format(digits).Text;
        var (m, e) = ReferenceData.Normalize(text);

        // An exact decimal shorter than the digits asked for is printed in full, without trailing zeros.
        (m.TrimEnd('0'), e).ShouldBe((mantissa.TrimEnd('0'), exponent));
    }

    [Fact]
    public void Exp1_To1000Digits_EndsWithTheKnownDigits()
    {
        var text = ExactMath.Exp(1).Format(1000).Text;

        text.Length.ShouldBe(1001);
        text.ShouldStartWith("2.71828182845904523536028747135266249775724709369995");
    }
}
