namespace Explainer.Lessons;

/// <summary>A value a source other than the notes prints for a lesson, exactly as printed, with the source named in words.</summary>
/// <param name="Printed">The number as printed, e.g. <c>0.291027924</c>.</param>
/// <param name="Source">Who prints it, e.g. the title of a blog post.</param>
public sealed record PrintedValue(string Printed, string Source);
