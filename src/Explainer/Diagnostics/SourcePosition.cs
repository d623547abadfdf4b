namespace Explainer.Diagnostics;

/// <summary>A 1-based line and column in a source text, for people to read.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 characters from the start of the line.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>Computes the line and column of a 0-based offset in a text.</summary>
    /// <remarks>Line breaks are "\n", "\r\n" and a lone "\r"; the offset may equal the text's length (end of input).</remarks>
    /// <param name="text">The source text.</param>
    /// <param name="offset">A 0-based offset from 0 to the length of <paramref name="text"/>.</param>
    /// <returns>The position of the offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> lies outside the text.</exception>
    public static SourcePosition FromOffset(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, text.Length);
        var line = 1 + SourceLines.CountLineBreaks(text, offset);
        return new SourcePosition(line, offset - SourceLines.LineStart(text, offset) + 1);
    }

    /// <summary>Writes the position as "line:column".</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
