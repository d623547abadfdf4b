using System.Globalization;
using Explainer.Training;
using Explainer.Worked;

namespace Explainer.Bench;

/// <summary>
/// How fast a training run's enclosures widen: <c>-- train-radius [EXAMPLE] [STEPS] [DIGITS] [OPTIMIZERS]</c>. For each
/// optimizer, the most bits any value shown at step t has lost to rounding (the run precision less its relative accuracy),
/// at t = 1, 10, 100, 1000, the rate over the later half of the run, and the precision the run ended at.
/// </summary>
public static class TrainRadius
{
    public static void Run(string example, int steps, int digits, IReadOnlyList<OptimizerKind> optimizers)
    {
        var worked = SpecExamples.Resolve(example);
        var spec = worked.Run().Network?.Spec ?? throw new ArgumentException($"{example} is not a network example");
        int[] marks = [.. new[] { 1, 10, 100, 1000 }.Where(t => t <= steps)];
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{worked.Id}, {steps} steps, {digits} digits; bits lost by step t = {string.Join(", ", marks)}; bits lost per step (later half); run precision"));
        foreach (var kind in optimizers)
        {
            WorkingPrecision? precision = null;
            _ = Trainer.Train(spec, OptimizerSettings.Defaults(kind, spec.LearningRate), steps, digits, (_, p) => precision = p);
            var lost = precision!.Lost;
            var rate = (lost[^1] - lost[(steps / 2) - (steps > 1 ? 1 : 0)]) / (double)Math.Max(1, steps - (steps / 2));
            var cells = marks.Select(t => lost[t - 1].ToString(CultureInfo.InvariantCulture).PadLeft(7));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {OptimizerSettings.Names[(int)kind],-9}{string.Concat(cells)}   {rate,6:F3} bits/step   {precision.Bits} bits after {precision.Raises} raise{(precision.Raises == 1 ? "" : "s")}"));
        }
    }
}
