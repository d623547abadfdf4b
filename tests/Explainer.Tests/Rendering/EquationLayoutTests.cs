using Explainer.Rendering.Views;

namespace Explainer.Tests.Rendering;

/// <summary>Long equations on aligned rows that fit a phone: one form per row, a long form broken at its top-level + or ×.</summary>
public sealed class EquationLayoutTests
{
    [Fact]
    public void Of_ShortEquation_IsOneRow()
    {
        var eq = EquationLayout.Of("u", [@"b \cdot c", @"3 \cdot 2", "6"]);

        (eq.IsAligned, eq.Rows[0].Tex).ShouldBe((false, @"b \cdot c = 3 \cdot 2 = 6"));
    }

    [Fact]
    public void Of_LongEquation_PutsRuleNumbersAndValueOnRowsOfTheirOwn()
    {
        var eq = EquationLayout.Of(@"\frac{\partial E_{o1}}{\partial \mathrm{out}_{o1}}", [@"-(\mathrm{target}_{o1} - \mathrm{out}_{o1})", "-(0.01 - 0.7513650696)", "0.7413650696"]);

        eq.Rows.ShouldBe([new(@"-(\mathrm{target}_{o1} - \mathrm{out}_{o1})", false), new("-(0.01 - 0.7513650696)", false), new("0.7413650696", false)]);
    }

    [Fact]
    public void Of_ProductOfFourFactors_BreaksAfterThree()
    {
        var eq = EquationLayout.Of("g", [@"1 \times 0.7413650696 \times 0.1868156018 \times 0.5932699921", "0.08216704056"]);

        eq.Rows.ShouldBe([new(@"1 \times 0.7413650696 \times 0.1868156018", false), new(@"\times 0.5932699921", true), new("0.08216704056", false)]);
    }

    [Fact]
    public void Of_SumInsideParentheses_IsNotBroken()
        => EquationLayout.Pieces(@"\tfrac{1}{2}(0.08216704056 + \left(-0.02649564414\right))").Count.ShouldBe(1);

    [Fact]
    public void Of_RepeatedForm_IsLeftOut_UpToANegativeNumbersParentheses()
        => EquationLayout.Of(@"\frac{\partial h_3}{\partial h_2}", ["-1", @"\left(-1\right)", "-1"]).Rows.ShouldBe([new("-1", false)]);

    [Fact]
    public void Width_OfAFraction_IsItsWiderPart()
        => EquationLayout.Width(@"\frac{\partial J}{\partial v}").ShouldBe(EquationLayout.Width(@"\partial J"));
}
