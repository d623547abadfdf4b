namespace Explainer.Diagnostics;

/// <summary>A range of characters in a source text, as a 0-based start offset and a length.</summary>
/// <param name="Start">The 0-based offset of the first character.</param>
/// <param name="Length">The number of characters; zero marks a position between characters.</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>Gets the 0-based offset of the first character.</summary>
    public int Start { get; } = Start >= 0
        ? Start
        : throw new ArgumentOutOfRangeException(nameof(Start), Start, "A span cannot start before the text.");

    /// <summary>Gets the number of characters in the span.</summary>
    public int Length { get; } = Length >= 0
        ? Length
        : throw new ArgumentOutOfRangeException(nameof(Length), Length, "A span cannot have a negative length.");

    /// <summary>Gets the 0-based offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span that runs from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    /// <param name="start">The 0-based offset of the first character.</param>
    /// <param name="end">The 0-based offset just past the last character.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public static SourceSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new SourceSpan(start, end - start);
    }

    /// <summary>Gets the 1-based line and column where the span starts in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The position of <see cref="Start"/>.</returns>
    public SourcePosition StartPosition(string text) => SourcePosition.FromOffset(text, Start);
}
