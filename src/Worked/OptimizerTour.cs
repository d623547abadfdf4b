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

    /// <summary>Runs every rule for <see cref="Steps"/> steps from net-2-2-2 as the notes set it up (frozen biases), each at a rate that suits it (<see cref="Settings"/>).</summary>
    public static IReadOnlyList<TrainingRun> Runs()
    {
        var spec = Catalogue.Get("net-2-2-2").Run().Network!.Spec;
        return [.. Enum.GetValues<OptimizerKind>().Select(k => Trainer.Train(spec, Settings(k, spec.LearningRate), Steps))];
    }

    /// <summary>The hyperparameters of a rule in the tour: the textbook's defaults (<see cref="OptimizerSettings.Defaults"/>), and a rate that suits the rule.</summary>
    /// <param name="kind">The rule.</param>
    /// <param name="notesRate">The notes' η for gradient descent (001: 0.5).</param>
    /// <remarks>
    /// The notes give a rate only for plain gradient descent; momentum keeps it, so that its section shows what α adds.
    /// The adaptive rules divide by √r, so their first steps move every weight by about ε whatever its gradient: at the
    /// notes' 0.5 that is as large as the weights themselves. They take the rates they are published with instead:
    /// AdaGrad 0.01 (Duchi et al.; PyTorch's default), RMSProp 0.001 (Hinton's lecture 6e; Keras's default), Adam 0.001
    /// (Kingma and Ba; Goodfellow et al., algorithm 8.7).
    /// </remarks>
    public static OptimizerSettings Settings(OptimizerKind kind, Real notesRate) => OptimizerSettings.Defaults(kind, kind switch
    {
        OptimizerKind.Sgd or OptimizerKind.Momentum => notesRate,
        OptimizerKind.AdaGrad => Real.Parse("0.01"),
        _ => Real.Parse("0.001"),
    });

    /// <summary>Builds the lesson, every value displayed as <paramref name="display"/> says.</summary>
    public static Lesson Lesson(DisplayOptions display)
    {
        var runs = Runs();
        return TrainingLessonBuilder.Build(
            Id,
            "The notes' optimizers on the 2-2-2 network",
            $"Two steps of each update rule of the slides (gradient descent, momentum, AdaGrad, RMSProp, Adam) from the starting point of the 2-2-2 example, every state variable written out with numbers for w5 and w1. `explainer train` gives every parameter, any number of steps, as tables or JSON.",
            Message.Of("content.setting.optimizers", ("rate", runs[0].Optimizer.LearningRate)),
            runs,
            Shown,
            display);
    }
}
