namespace Explainer.Rendering.Diagrams;

/// <summary>How <see cref="DiagramWriter"/> draws a diagram.</summary>
public sealed record DiagramOptions
{
    /// <summary>Gets the options used when none are given: six significant digits, the default title, no id prefix.</summary>
    public static DiagramOptions Default { get; } = new();

    /// <summary>Gets the significant digits of every value and gradient shown; every digit is proven.</summary>
    public int Digits { get; init; } = 6;

    /// <summary>Gets the diagram's title; null gives "Computation graph of" and the output's name.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a prefix for every id in the SVG, so that several diagrams can share one page without clashing.</summary>
    /// <remarks>Empty, or an ASCII letter followed by letters, digits, <c>_</c> or <c>-</c>.</remarks>
    public string IdPrefix { get; init; } = string.Empty;
}
