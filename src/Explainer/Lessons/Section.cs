using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>A part of a lesson: a heading, a sentence of introduction and its steps.</summary>
/// <param name="Anchor">A stable id, e.g. <c>forward</c>.</param>
/// <param name="Title">The heading, as a message for the string table.</param>
/// <param name="Intro">One or two sentences saying what happens in this part (Markdown with TeX), as a message.</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record Section(string Anchor, Message Title, Message Intro, IReadOnlyList<LessonStep> Steps)
{
    /// <summary>Gets the values the section starts from (a mini-batch sample's inputs and targets), shown as a list before its steps; empty for most sections.</summary>
    public IReadOnlyList<LessonStep> Given { get; init; } = [];

    /// <summary>Gets values shown as a table before the section's steps (a truth table, an activation at its points); null for none.</summary>
    public LessonTable? Table { get; init; }
}
