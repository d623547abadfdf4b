namespace Explainer.Rendering.Views;

/// <summary>A verdict on a line of a source file, and the link to where it is given.</summary>
/// <param name="Kind"><c>match</c> (a claim the engine confirms), <c>differs</c> (a claim it does not) or <c>erratum</c> (a slip that is no number).</param>
/// <param name="Printed">The value as printed (empty for an erratum).</param>
/// <param name="Explanation">What is wrong, in words (a claim that differs), or the erratum's kind; empty for a match.</param>
/// <param name="Title">The link's text: the lesson's title, or the errata page's.</param>
/// <param name="Link">The page linked (without extension): the lesson's, or the errata page.</param>
/// <param name="Anchor">The anchor on it: the lesson step's, or the erratum's row.</param>
internal sealed record SourceMarkView(string Kind, string Printed, string Explanation, string Title, string Link, string Anchor);
