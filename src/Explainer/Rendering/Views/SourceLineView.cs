namespace Explainer.Rendering.Views;

/// <summary>One line of a source file.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Anchor">Its id on the page: <c>L629</c>.</param>
/// <param name="Text">The line as the file has it (the template escapes it).</param>
/// <param name="Marks">What the lessons and the errata say of the line, in course order; empty for most lines.</param>
internal sealed record SourceLineView(int Number, string Anchor, string Text, IReadOnlyList<SourceMarkView> Marks);
