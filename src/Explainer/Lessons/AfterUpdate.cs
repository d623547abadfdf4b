using Explainer.Checking;
using Explainer.Graph;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Lessons;

/// <summary>The error the update leaves: the forward pass again with every parameter at its new value (those not updated keep theirs).</summary>
internal static class AfterUpdate
{
    /// <summary>The anchor of the section.</summary>
    public const string Anchor = "after-update";

    /// <summary>The section with the loss after the update, or null when nothing is updated.</summary>
    /// <remarks>
    /// The step's note compares it with the loss the same step leaves when the hidden layer's gradients use the
    /// already-updated weights of the layer above (<see cref="MistakeCatalogue.StaleWeights"/>, recomputed, not typed in),
    /// and with what another source prints for it (<see cref="LessonSource.PrintedAfterUpdate"/>).
    /// </remarks>
    public static Section? Section(LessonSource source, DisplayOptions display)
    {
        if (source.Updates.Count == 0)
        {
            return null;
        }

        var graph = source.Trace.Graph;
        var output = graph.Output;
        var afterValues = ForwardPass.Evaluate(graph, source.Updates.ToDictionary(u => u.Parameter, u => u.New));
        var after = afterValues[output.Id];
        var context = new MistakeContext(source.Trace, new Dictionary<QuantityKey, Real>(), source.Updates.ToDictionary(u => u.Parameter), source.LearningRate, fromAnswers: false);
        var stale = ForwardPass.Evaluate(graph, source.Updates.ToDictionary(
            u => u.Parameter,
            u => MistakeCatalogue.StaleWeights.Candidates(context, QuantityKey.Update(u.Parameter.Name)).Select(v => (Real?)v).FirstOrDefault() ?? u.New))[output.Id];
        var symbolic = output.Op!.Formula([.. output.Inputs.Select(i => Plus(i.Symbol))]);
        var substituted = output.Op.Formula([.. output.Inputs.Select(i => display.Tex(afterValues[i.Id]))]);
        var step = new LessonStep(
            LessonBuilder.Anchor("after", output.Name), StepKind.Loss, output.Name, Plus(output.Symbol), symbolic, substituted, after, display.Text(after), [], Note(source, display, output.Value, after, stale));
        return new Section(
            Anchor,
            Message.Of("rules.after_update.title"),
            Message.Of("rules.after_update.intro", ("loss", $"${output.Symbol}$")),
            [LessonBuilder.Answered(step, Message.Of("rules.after_update.label", ("name", output.Name)))]);
    }

    /// <summary>The significant digits of a printed decimal: <c>0.291027924</c> has 9.</summary>
    internal static int SignificantDigits(string printed)
    {
        var digits = printed.Where(char.IsAsciiDigit).SkipWhile(c => c == '0').Count();
        return Math.Max(digits, 1);
    }

    private static string Plus(string symbol) => $"{{{symbol}}}^{{+}}";

    private static Message Note(LessonSource source, DisplayOptions display, Real before, Real after, Real stale)
    {
        if (source.PrintedAfterUpdate is { } printed)
        {
            var digits = SignificantDigits(printed.Printed);
            string At(Real value) => value.Format(digits).Text;
            var key = At(after) == printed.Printed ? "rules.after_update.printed_match"
                : At(stale) == printed.Printed ? "rules.after_update.printed_stale"
                : "rules.after_update.printed_differs";
            return Message.Of(key, ("before", before), ("after", after), ("stale", stale), ("printed", printed.Printed), ("source", printed.Source));
        }

        return display.Text(stale) == display.Text(after)
            ? Message.Of("rules.after_update.before", ("before", before), ("after", after))
            : Message.Of("rules.after_update.stale", ("before", before), ("after", after), ("stale", stale));
    }
}
