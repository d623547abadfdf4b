using System.Globalization;

namespace Explainer.Diagnostics;

/// <summary>A problem found in user input: what is wrong and how to fix it, and where.</summary>
/// <param name="Message">What is wrong and how to fix it, in lower case without a final period, e.g. "unknown function 'sigmoud'; did you mean 'sigmoid'?".</param>
/// <param name="Span">The characters of the source text the problem is about.</param>
public sealed record Diagnostic(string Message, SourceSpan Span)
{
    /// <summary>Gets what is wrong and how to fix it.</summary>
    public string Message { get; } = string.IsNullOrWhiteSpace(Message)
        ? throw new ArgumentException("A diagnostic needs a message.", nameof(Message))
        : Message;

    /// <summary>Formats the diagnostic for a terminal: a header line, the source line, and carets under the span.</summary>
    /// <remarks>
    /// The header names the position as "column 7" for a one-line source, as "2:5" (line:column) for a
    /// multi-line one, and as "name:2:5" when <paramref name="sourceName"/> is given. Lines longer than
    /// 100 characters are cut around the span. Lines are separated by "\n" and there is no final newline.
    /// </remarks>
    /// <param name="source">The text the span points into.</param>
    /// <param name="sourceName">The file or field the text came from, or <see langword="null"/> for none.</param>
    /// <returns>Three lines of text, for example "error at column 9: expected ')' to close '(' at column 3", "  3*(a+b*c", "          ^".</returns>
    /// <exception cref="ArgumentException">The span lies outside <paramref name="source"/>.</exception>
    public string Format(string source, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Span.End > source.Length)
        {
            throw new ArgumentException("The diagnostic's span lies outside the source text.", nameof(source));
        }

        var position = SourcePosition.FromOffset(source, Span.Start);
        var where = sourceName is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{position}")
            : SourceLines.IsMultiLine(source)
                ? position.ToString()
                : string.Create(CultureInfo.InvariantCulture, $"column {position.Column}");
        var (line, carets) = SourceLines.Excerpt(source, Span);
        return $"error at {where}: {Message}\n  {line}\n  {carets}";
    }
}
