namespace Explainer.Rendering.Diagrams;

/// <summary>Which way a network figure runs from its inputs to its outputs.</summary>
public enum NetworkOrientation
{
    /// <summary>Left to right, as the notes draw it: for a page column of 576 px or more.</summary>
    Across,

    /// <summary>Top to bottom: narrow enough for a phone's column (358 px at 390 px) with every text at 11 px or more.</summary>
    Down,
}
