using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>One run in a comparison: its name, where its section is, and the loss before and after.</summary>
/// <param name="Title">The run's title, e.g. <c>Adam</c>, as a message for the string table.</param>
/// <param name="Anchor">The anchor of its section.</param>
/// <param name="Steps">How many steps it took.</param>
/// <param name="LossBefore">The loss before the first step.</param>
/// <param name="LossAfter">The loss after the last step.</param>
public sealed record ComparisonRow(Message Title, string Anchor, int Steps, Real LossBefore, Real LossAfter);
