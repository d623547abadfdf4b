using System.Globalization;
using System.Text;

namespace Explainer.Diagnostics;

/// <summary>Finds lines in a source text and draws the excerpt-and-caret picture of a span.</summary>
internal static class SourceLines
{
    /// <summary>The widest excerpt shown; longer lines are cut around the span, with "..." marking the cuts.</summary>
    internal const int MaxExcerptWidth = 100;

    private const int ContextBeforeSpan = 40;
    private const string Ellipsis = "...";

    public static bool IsMultiLine(string text) => text.AsSpan().IndexOfAny('\r', '\n') >= 0;

    /// <summary>Counts the line breaks that end before <paramref name="offset"/>; "\r\n" counts once.</summary>
    public static int CountLineBreaks(string text, int offset)
    {
        var count = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && !(i + 1 < offset && text[i + 1] == '\n')))
            {
                count++;
            }
        }

        return count;
    }

    public static int LineStart(string text, int offset) => text.AsSpan(0, offset).LastIndexOfAny('\r', '\n') + 1;

    public static int LineEnd(string text, int offset)
    {
        var index = text.AsSpan(offset).IndexOfAny('\r', '\n');
        return index < 0 ? text.Length : offset + index;
    }

    /// <summary>Names an offset the way a message should: "column 7" in a one-line text, "line 2, column 5" otherwise.</summary>
    public static string Describe(string text, int offset)
    {
        var position = SourcePosition.FromOffset(text, offset);
        return IsMultiLine(text)
            ? string.Create(CultureInfo.InvariantCulture, $"line {position.Line}, column {position.Column}")
            : string.Create(CultureInfo.InvariantCulture, $"column {position.Column}");
    }

    /// <summary>Returns the line holding the span's start (cut to a window if long) and a line of carets under the span.</summary>
    public static (string Line, string Carets) Excerpt(string text, SourceSpan span)
    {
        var lineStart = LineStart(text, span.Start);
        var lineEnd = LineEnd(text, span.Start);
        var windowStart = lineStart;
        var windowEnd = lineEnd;
        if (lineEnd - lineStart > MaxExcerptWidth)
        {
            windowStart = Math.Max(lineStart, span.Start - ContextBeforeSpan);
            windowEnd = Math.Min(lineEnd, windowStart + MaxExcerptWidth);
            windowStart = Math.Max(lineStart, windowEnd - MaxExcerptWidth);
        }

        var prefix = windowStart > lineStart ? Ellipsis : string.Empty;
        var suffix = windowEnd < lineEnd ? Ellipsis : string.Empty;
        var line = prefix + text[windowStart..windowEnd] + suffix;

        var carets = new StringBuilder(prefix.Length + span.Start - windowStart + 1);
        carets.Append(' ', prefix.Length);
        for (var i = windowStart; i < span.Start; i++)
        {
            // A tab stays a tab so the caret lines up however the terminal expands it.
            carets.Append(text[i] == '\t' ? '\t' : ' ');
        }

        carets.Append('^', Math.Max(1, Math.Min(span.Length, windowEnd - span.Start)));
        return (line, carets.ToString());
    }
}
