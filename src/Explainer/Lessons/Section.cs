namespace Explainer.Lessons;

/// <summary>A part of a lesson: a heading, a sentence of introduction and its steps.</summary>
/// <param name="Anchor">A stable id, e.g. <c>forward</c>.</param>
/// <param name="Title">The heading.</param>
/// <param name="Intro">One or two sentences saying what happens in this part.</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record Section(string Anchor, string Title, string Intro, IReadOnlyList<LessonStep> Steps);
