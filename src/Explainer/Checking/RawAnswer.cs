namespace Explainer.Checking;

/// <summary>A name and a number as a format read them, before either is checked.</summary>
/// <param name="Name">The name, trimmed.</param>
/// <param name="NameOffset">Where the name starts in the text.</param>
/// <param name="Value">The number's text, trimmed.</param>
/// <param name="ValueOffset">Where the number starts (or would start) in the text.</param>
internal sealed record RawAnswer(string Name, int NameOffset, string Value, int ValueOffset);
