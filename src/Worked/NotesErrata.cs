using Explainer.Checking;

namespace Explainer.Worked;

/// <summary>Slips in the notes outside the worked examples: formulas the engine implements correctly and says so here.</summary>
internal static class NotesErrata
{
    private const string Slides = "002_347323eec919df2e.txt";

    public static IReadOnlyList<Erratum> All { get; } =
    [
        new(Slides, 85, "\\operatorname{ELU}(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ \\gamma_i x & \\text{if } x \\le 0 \\end{cases}", "\\operatorname{ELU}(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ \\gamma(\\exp(x) - 1) & \\text{if } x \\le 0 \\end{cases}", "copies PReLU's negative branch (the max/min form at line 124 is right)"),
        new(Slides, 373, "\\theta \\leftarrow \\theta - \\frac{\\varepsilon \\hat{s}}{\\sqrt{s}} g", "\\theta \\leftarrow \\theta - \\frac{\\varepsilon \\hat{s}}{\\sqrt{\\hat{r}} + \\delta}", "garbled Adam update (Kingma & Ba); `explainer train --optimizer adam` uses the corrected rule"),
        new(Slides, 541, "\\omega'_{47} = \\omega_{47} - \\eta \\, \\frac{\\partial L_{87}}{\\partial \\omega_{47}} = (y_7 - \\hat{y}_7) \\, \\hat{y}_7 (1 - \\hat{y}_7) \\, \\alpha_4", "\\omega'_{47} = \\omega_{47} - \\eta (\\hat{y}_7 - y_7) \\hat{y}_7 (1 - \\hat{y}_7) \\alpha_4", "the right-hand side drops ω₄₇ − η, and ∂L/∂ŷ₇ = ŷ₇ − y₇ for L = ½(y₇ − ŷ₇)²"),
        new(Slides, 545, "\\omega_{47}' = \\omega_{47} - \\eta(y_7 - \\hat{y}_7)\\hat{y}_7(1 - \\hat{y}_7)\\alpha_4", "\\omega_{47}' = \\omega_{47} - \\eta(\\hat{y}_7 - y_7)\\hat{y}_7(1 - \\hat{y}_7)\\alpha_4", "sign: this moves up the gradient (also ω₄₈′ and ω₄₉′ on the same line)"),
        new(Slides, 603, "梯度爆炸: …学习速率低于后面隐藏层的学习速率…", "梯度爆炸: the gradients grow layer by layer going back, so the lower layers' updates blow up", "repeats the definition of 梯度消失 (line 598) word for word"),
    ];
}
