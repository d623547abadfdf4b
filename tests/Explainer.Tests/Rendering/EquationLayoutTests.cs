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

    [Fact]
    public void Of_TheRowsAfterTheFirst_GetTheRoomTheTargetLeaves()
    {
        // 33 estimated characters fit a row of their own, not beside a target of 6: aligned rows all start after the target.
        var eq = EquationLayout.Of(@"\frac{\partial E_{\mathrm{total}}}{\partial b_{2}}", [@"\delta_{o1} + \delta_{o2}", @"0.1384985616 \times 1 + \left(-0.03809823652\right) \times 1", "0.1004003251"]);

        eq.Rows.Select(r => r.Tex).ShouldBe([@"\delta_{o1} + \delta_{o2}", @"0.1384985616 \times 1", @"+ \left(-0.03809823652\right) \times 1", "0.1004003251"]);
    }

    [Fact]
    public void Of_AWideInterval_BreaksAfterItsComma_EachHalfWithItsOwnDelimiters()
    {
        var eq = EquationLayout.Of(@"\frac{\partial E}{\partial \theta_1}", [@"a + b", @"\left[-3.0445120982 \times 10^{-2470},\ 2.13070015601 \times 10^{-2470}\right]"]);

        eq.Rows.ShouldBe([new("a + b", false), new(@"\left[-3.0445120982 \times 10^{-2470},\right.", false), new(@"\left. 2.13070015601 \times 10^{-2470}\right]", true)]);
    }

    [Fact]
    public void BreakInside_ANestedProduct_ClosesAndReopensTheOpenDelimiters()
    {
        var parts = EquationLayout.BreakInside(@"0.5x\left(1 + \tanh\left(\sqrt{2/\pi}\,(x + 0.044715x^3)\right)\right)", 12);

        // Each part has as many \left as \right, so that each row of an aligned equation is TeX of its own; the cut is the shallowest that fits.
        parts.ShouldAllBe(p => Count(p, @"\left") == Count(p, @"\right"));
        (parts.Count, parts[0]).ShouldBe((3, @"0.5x\left(1\right."));
        string.Concat(parts).Replace(@"\right.", "").Replace(@"\left.", "").Replace(" ", "").ShouldBe(@"0.5x\left(1+\tanh\left(\sqrt{2/\pi}\,(x+0.044715x^3)\right)\right)");
    }

    [Fact]
    public void BreakInside_NeverCutsInsideABraceGroup()
        => EquationLayout.BreakInside(@"\sqrt{1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12}", 10).ShouldBe([@"\sqrt{1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12}"]);

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
