namespace Explainer.Rendering.Diagrams;

/// <summary>Everything a diagram draws, before it becomes markup: the layout, the label sizes it was given, and the text.</summary>
internal sealed record DiagramScene(DiagramLayout Layout, IReadOnlyList<Extent> LabelSizes, DrawnText Text, DiagramOptions Options);
