namespace Explainer.Rendering.Diagrams;

/// <summary>The style sheets of the network figure and the function plots: the computation graph's colours (see <see cref="DiagramStyle"/>), light on paper.</summary>
/// <remarks>Every rule is scoped to the figure's own class, because an inline SVG's style sheet applies to the whole page.</remarks>
internal static class FigureStyle
{
    /// <summary>Gets the style sheet of a network figure (<c>svg.explainer-network</c>).</summary>
    public static string Network()
    {
        const string S = "svg.explainer-network";
        return $$"""
            {{Palette(S)}}
            {{S}} .neuron circle { fill: var(--_node); stroke: var(--_stroke); stroke-width: 1.5px; }
            {{S}} .neuron.input circle { fill: var(--_input); }
            {{S}} .neuron.output circle { fill: var(--_output); }
            {{S}} .neuron.bias circle { fill: var(--_param); stroke-dasharray: 5 3; }
            {{S}} text { fill: var(--_fg); text-anchor: middle; font-size: {{NetworkFigureWriter.FontSize}}px; font-variant-numeric: tabular-nums; }
            {{S}} .name { font-weight: bold; }
            {{S}} .weight { fill: var(--_grad); }
            {{S}} .target { fill: var(--_muted); }
            {{S}} .label-bg { fill: var(--_bg); fill-opacity: 0.9; }
            {{S}} .connection line { stroke: var(--_edge); stroke-width: 1.5px; }
            {{S}} .connection.bias line { stroke-dasharray: 5 3; }
            {{S}} .arrow { fill: var(--_edge); }
            {{S}} .connection:target line, {{S}} .connection.is-active line { stroke: var(--_hi); stroke-width: 3px; }
            """;
    }

    /// <summary>Gets the style sheet of a function plot (<c>svg.explainer-plot</c>).</summary>
    public static string Plot()
    {
        const string S = "svg.explainer-plot";
        return $$"""
            {{Palette(S)}}
            {{S}} .frame { fill: var(--_bg); stroke: var(--_stroke); stroke-width: 1px; }
            {{S}} .grid { stroke: var(--_edge); stroke-width: 0.5px; stroke-opacity: 0.6; }
            {{S}} .axis { stroke: var(--_muted); stroke-width: 1px; }
            {{S}} text { fill: var(--_fg); font-size: {{FunctionPlotWriter.FontSize}}px; font-variant-numeric: tabular-nums; }
            {{S}} .tick { fill: var(--_muted); }
            {{S}} .tick.x { text-anchor: middle; }
            {{S}} .tick.y { text-anchor: end; }
            {{S}} .function { fill: none; stroke: var(--_fg); stroke-width: 2px; }
            {{S}} .derivative { fill: none; stroke: var(--_grad); stroke-width: 2px; stroke-dasharray: 6 4; }
            """;
    }

    private static string Palette(string s) => $$"""
        {{s}} {
        {{DiagramStyle.Light}}
          font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
        }
        @media screen and (prefers-color-scheme: dark) {
          {{s}} {
        {{DiagramStyle.Dark}}
          }
        }
        """;
}
