using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Strings;
using Explainer.Training;

namespace Explainer.Worked;

/// <summary>The notes' update rules (002:297–373) run from the 2-2-2 network's starting point: the optimizers lesson.</summary>
public static class OptimizerTour
{
    /// <summary>The lesson's id.</summary>
    public const string Id = "optimizers";

    /// <summary>How many steps each rule takes.</summary>
    public const int Steps = 2;

    /// <summary>The parameters written out step by step: the notes' two chains, w5 (output layer) and w1 (hidden layer).</summary>
    public static IReadOnlyList<string> Shown { get; } = ["w5", "w1"];

    /// <summary>Runs every rule for <see cref="Steps"/> steps from net-2-2-2 as the notes set it up (frozen biases, ε = 0.5).</summary>
    public static IReadOnlyList<TrainingRun> Runs()
    {
        var spec = Catalogue.Get("net-2-2-2").Run().Network!.Spec;
        return [.. Enum.GetValues<OptimizerKind>().Select(k => Trainer.Train(spec, OptimizerSettings.Defaults(k, spec.LearningRate), Steps))];
    }

    /// <summary>Builds the lesson, every value displayed as <paramref name="display"/> says.</summary>
    public static Lesson Lesson(DisplayOptions display)
    {
        var runs = Runs();
        return TrainingLessonBuilder.Build(
            Id,
            "The notes' optimizers on the 2-2-2 network",
            $"Two steps of each update rule of the slides (gradient descent, momentum, AdaGrad, RMSProp, Adam) from the starting point of the 2-2-2 example, every state variable written out with numbers for w5 and w1. `explainer train` gives every parameter, any number of steps, as tables or JSON.",
            Message.Of("setting.optimizers", ("rate", runs[0].Optimizer.LearningRate)),
            runs,
            Shown,
            display);
    }
}
