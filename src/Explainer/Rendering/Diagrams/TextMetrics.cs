namespace Explainer.Rendering.Diagrams;

/// <summary>Estimates text widths from Arial's advance widths, so boxes fit their labels without a font at build time.</summary>
/// <remarks>
/// The style asks for Helvetica or Arial (Liberation Sans has the same metrics); a fallback font is usually wider, so
/// every estimate carries 8% to spare.
/// </remarks>
internal static class TextMetrics
{
    private const int Fallback = 600;

    // Advance widths in thousandths of an em for ' ' (32) through '~' (126).
    private static readonly short[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    /// <summary>Gets the width in whole pixels of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static int Width(string text, int fontSize)
    {
        long thousandths = 0;
        foreach (var c in text)
        {
            thousandths += c >= ' ' && c <= '~' ? Ascii[c - ' '] : c switch
            {
                '−' or '×' => 584,
                '·' => 278,
                '∂' => 494,
                _ => Fallback,
            };
        }

        return (int)(((thousandths * fontSize * 108) + 99_999) / 100_000);
    }
}
