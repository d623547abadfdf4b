namespace Explainer.Rendering.Diagrams;

/// <summary>The horizontal extent of each layer's column.</summary>
/// <param name="Left">The left edge of each column.</param>
/// <param name="Width">The width of each column: its widest node.</param>
internal sealed record Columns(int[] Left, int[] Width)
{
    /// <summary>Gets the right edge of column <paramref name="layer"/>.</summary>
    public int Right(int layer) => Left[layer] + Width[layer];
}
