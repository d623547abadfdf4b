namespace Explainer.Rendering;

/// <summary>A TeX formula to convert to MathML.</summary>
/// <param name="Tex">The formula without delimiters, e.g. <c>\frac{\partial E}{\partial w_5}</c>.</param>
/// <param name="Display">True for a block formula on its own line, false for one inline in text.</param>
internal sealed record MathRequest(string Tex, bool Display);
