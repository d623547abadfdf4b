namespace Explainer.Rendering.Diagrams;

/// <summary>How <see cref="NetworkFigureWriter"/> draws a network.</summary>
public sealed record NetworkFigureOptions
{
    /// <summary>Gets the options used when none are given: across, four significant digits, the default title, no id prefix.</summary>
    public static NetworkFigureOptions Default { get; } = new();

    /// <summary>Gets which way the figure runs.</summary>
    public NetworkOrientation Orientation { get; init; } = NetworkOrientation.Across;

    /// <summary>Gets the significant digits of the neurons' values (weights and inputs are exact and shown in full when they terminate within them).</summary>
    public int Digits { get; init; } = 4;

    /// <summary>Gets the figure's title; null gives "The network" and its layer sizes.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a prefix for every id in the SVG, so that several figures can share one page.</summary>
    /// <remarks>Empty, or an ASCII letter followed by letters, digits, <c>_</c> or <c>-</c>.</remarks>
    public string IdPrefix { get; init; } = string.Empty;
}
