namespace Explainer.Rendering.Diagrams;

/// <summary>The style sheet inside every diagram: colours only through custom properties, a dark scheme, and highlight rules.</summary>
/// <remarks>
/// A page can set any <c>--diagram-*</c> property (for instance in its own theme switch) and the diagram follows it;
/// otherwise the light or dark defaults follow <c>prefers-color-scheme</c> on screens; on paper the light ones always
/// (dark is <c>screen and</c> only, so a page printed from a dark screen still prints dark text on white). Every rule is scoped to
/// <c>svg.explainer-diagram</c> because an inline SVG's style sheet applies to the whole page. A node or edge is
/// highlighted when it is the URL's <c>:target</c> or carries the class <c>is-active</c>.
/// </remarks>
internal static class DiagramStyle
{
    /// <summary>The light colours: on paper always, on screen unless the reader prefers dark.</summary>
    internal const string Light = """
          --_bg: var(--diagram-background, #ffffff);
          --_fg: var(--diagram-text, #1f2328);
          --_muted: var(--diagram-muted, #4d5661);
          --_edge: var(--diagram-edge, #8c959f);
          --_grad: var(--diagram-gradient, #0b5cad);
          --_node: var(--diagram-node-fill, #f6f8fa);
          --_stroke: var(--diagram-node-stroke, #59636e);
          --_input: var(--diagram-input-fill, #ddf4ff);
          --_param: var(--diagram-parameter-fill, #fff8c5);
          --_const: var(--diagram-constant-fill, #ffffff);
          --_output: var(--diagram-output-fill, #ffebe9);
          --_hi: var(--diagram-highlight, #bf3989);
        """;

    /// <summary>The dark colours, for screens whose reader prefers dark.</summary>
    internal const string Dark = """
            --_bg: var(--diagram-background, #0d1117);
            --_fg: var(--diagram-text, #e6edf3);
            --_muted: var(--diagram-muted, #b1bac4);
            --_edge: var(--diagram-edge, #6e7681);
            --_grad: var(--diagram-gradient, #79c0ff);
            --_node: var(--diagram-node-fill, #161b22);
            --_stroke: var(--diagram-node-stroke, #8b949e);
            --_input: var(--diagram-input-fill, #0c2d4a);
            --_param: var(--diagram-parameter-fill, #3b2e00);
            --_const: var(--diagram-constant-fill, #0d1117);
            --_output: var(--diagram-output-fill, #4a1619);
            --_hi: var(--diagram-highlight, #ff7bbf);
        """;

    /// <summary>Gets the style sheet for a diagram whose ids start with <paramref name="prefix"/>.</summary>
    public static string For(string prefix)
    {
        const string S = "svg.explainer-diagram";
        return $$"""
            {{S}} {
            {{Light}}
              font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
            }
            @media screen and (prefers-color-scheme: dark) {
              {{S}} {
            {{Dark}}
              }
            }
            {{S}} .node rect { fill: var(--_node); stroke: var(--_stroke); stroke-width: 1px; }
            {{S}} .node.input rect { fill: var(--_input); }
            {{S}} .node.parameter rect { fill: var(--_param); }
            {{S}} .node.constant rect { fill: var(--_const); stroke-dasharray: 4 3; }
            {{S}} .node.output rect { fill: var(--_output); stroke-width: 2px; }
            {{S}} .node text { fill: var(--_fg); text-anchor: middle; }
            {{S}} .node .name { font-size: 13px; }
            {{S}} .node .script { font-size: 11px; }
            {{S}} .node .value { font-size: 12px; fill: var(--_muted); font-variant-numeric: tabular-nums; }
            {{S}} .edge path { fill: none; stroke: var(--_edge); stroke-width: 1.25px; }
            {{S}} .edge text { font-size: 11px; fill: var(--_grad); text-anchor: middle; font-variant-numeric: tabular-nums; }
            {{S}} .edge .label-bg { fill: var(--_bg); fill-opacity: 0.85; }
            {{S}} .arrow { fill: var(--_edge); }
            {{S}} .arrow-active { fill: var(--_hi); }
            {{S}} .edge:target path, {{S}} .edge.is-active path { stroke: var(--_hi); stroke-width: 2.5px; marker-end: url(#{{prefix}}arrow-active); }
            {{S}} .edge:target text, {{S}} .edge.is-active text { fill: var(--_hi); font-weight: bold; }
            {{S}} .node:target rect, {{S}} .node.is-active rect { stroke: var(--_hi); stroke-width: 2.5px; }
            """;
    }
}
