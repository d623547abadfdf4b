using Explainer.Graph;
using Explainer.Lessons;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Worked;

namespace Explainer.Tests.Lessons;

/// <summary>Runs worked examples and builds their lessons, and says what the trace holds for a step.</summary>
internal static class LessonRuns
{
    /// <summary>The digits the course shows (the CLI's default).</summary>
    public const int Digits = 10;

    /// <summary>Digits at which two computations of one real must print the same.</summary>
    private const int CompareDigits = 30;

    /// <summary>The display of the course's digits.</summary>
    public static DisplayOptions Display { get; } = new(Digits);

    /// <summary>A message in English, its numbers at the course's digits, as an English page says it.</summary>
    public static string English(Message? message) => message is null ? string.Empty : StringTable.BuiltIn(StringTable.English).Format(message, Display);

    public static (WorkedRun Run, Lesson Lesson) Build(string id, BiasPolicy? policy = null)
    {
        var run = Catalogue.Get(id).Run(policy);
        return (run, LessonBuilder.Build(run.ToLessonSource(), Display));
    }

    /// <summary>The value the trace holds for a step: a node's value, its gradient, or its value after the update; for the error after the update, the forward pass with the updated parameters.</summary>
    public static Real TraceValue(WorkedRun run, LessonStep step) => step.Anchor.StartsWith("after-", StringComparison.Ordinal)
        ? ForwardPass.Evaluate(run.Graph, run.Updates.ToDictionary(u => u.Parameter, u => u.New))[run.Graph.Output.Id]
        : step.Kind switch
    {
        StepKind.Given or StepKind.Forward or StepKind.Loss => run.Graph[step.Node].Value,
        StepKind.Backward => run.Trace.Gradient(step.Node),
        StepKind.Update => run.Updates.FirstOrDefault(u => u.Parameter.Name == step.Node)?.New ?? run.Graph[step.Node].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "unknown step kind"),
    };

    /// <summary>Structurally equal, or equal to <see cref="CompareDigits"/> significant digits.</summary>
    public static bool Same(Real a, Real b) => a.Equals(b) || Text(a) == Text(b);

    public static string Text(Real value) => value.IsZero ? "0" : value.Format(CompareDigits).Text;

    public static LessonStep Step(Lesson lesson, string anchor)
        => lesson.Steps.SingleOrDefault(s => s.Anchor == anchor) ?? throw new ShouldAssertException($"the lesson {lesson.Id} has no step '{anchor}'");
}
