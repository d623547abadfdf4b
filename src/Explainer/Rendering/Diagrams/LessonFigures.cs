using Explainer.Graph;
using Explainer.Networks;

namespace Explainer.Rendering.Diagrams;

/// <summary>A lesson's figures besides its computation graph: its network drawn as the notes draw it, and plots of functions.</summary>
public sealed record LessonFigures
{
    /// <summary>Gets the network figure running left to right, or null.</summary>
    public string? NetworkAcross { get; init; }

    /// <summary>Gets the same network running top to bottom, for narrow columns, or null.</summary>
    public string? NetworkDown { get; init; }

    /// <summary>Gets the function plots, in reading order.</summary>
    public IReadOnlyList<FunctionPlot> Plots { get; init; } = [];

    /// <summary>The network figures of <paramref name="network"/> (both orientations), or null for a network too big to draw as the notes do.</summary>
    public static LessonFigures? Of(Network network)
    {
        var across = NetworkFigureWriter.Write(network, new NetworkFigureOptions { IdPrefix = "across-" });
        var down = NetworkFigureWriter.Write(network, new NetworkFigureOptions { IdPrefix = "down-", Orientation = NetworkOrientation.Down });
        return across is null || down is null ? null : new LessonFigures { NetworkAcross = across, NetworkDown = down };
    }

    /// <summary>A plot of each one-input op and its derivative, captioned by the string table's <c>activation.ANCHOR.title</c>.</summary>
    public static LessonFigures OfFunctions(IEnumerable<(string Anchor, Op Op)> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        return new LessonFigures
        {
            Plots = [.. functions.Select(f => new FunctionPlot(f.Anchor, $"activation.{f.Anchor}.title", FunctionPlotWriter.Write(f.Op, f.Op.Name, SvgIds.Safe("plot-" + f.Anchor))))],
        };
    }
}

/// <summary>A plot of a function and its derivative.</summary>
/// <param name="Anchor">The function's anchor on the page (<c>sigmoid</c>, <c>leaky-relu</c>); the plot's file is named after it.</param>
/// <param name="CaptionKey">The string-table key of its caption.</param>
/// <param name="Svg">The plot.</param>
public sealed record FunctionPlot(string Anchor, string CaptionKey, string Svg);
