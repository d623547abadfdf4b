namespace Explainer.Numbers;

/// <summary>How every number of a lesson is displayed: the one value a lesson's digits (and, later, its notation) are decided from.</summary>
/// <param name="Digits">The significant digits of every displayed value.</param>
/// <remarks>
/// Every number a page shows goes through <see cref="Text"/> or <see cref="Tex"/> of one instance: the lesson builders' formulas,
/// the summary tables, the numbers inside sentences. Nothing else rounds.
/// </remarks>
public sealed record DisplayOptions(int Digits)
{
    /// <summary>Gets the digits of the notes' own course: ten.</summary>
    public static DisplayOptions Default { get; } = new(10);

    /// <summary>The value with proven digits only; exact decimals in full when short enough, zero as <c>0</c>.</summary>
    public string Text(Real value) => value.IsZero ? "0" : value.Format(Digits).Text;

    /// <summary>The value as TeX: negative values in parentheses, scientific notation as × 10^k.</summary>
    public string Tex(Real value)
    {
        var text = TexOfText(Text(value));
        return text.StartsWith('-') ? $"\\left({text}\\right)" : text;
    }

    /// <summary>A displayed decimal as TeX: <c>2.06e-9</c> becomes <c>2.06 \times 10^{-9}</c>; positional text is unchanged.</summary>
    /// <remarks>An undecided value's enclosure <c>[a, b]</c> becomes <c>\left[a,\ b\right]</c> with each end converted.</remarks>
    public static string TexOfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('[') && text.EndsWith(']') && text.IndexOf(',', StringComparison.Ordinal) is var comma and > 0)
        {
            return $"\\left[{TexOfText(text[1..comma].Trim())},\\ {TexOfText(text[(comma + 1)..^1].Trim())}\\right]";
        }

        var e = text.IndexOf('e', StringComparison.Ordinal);
        return e < 0 ? text : $"{text[..e]} \\times 10^{{{text[(e + 1)..].TrimStart('+')}}}";
    }
}
