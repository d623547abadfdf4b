using System.Diagnostics;
using System.Globalization;
using Explainer.Numbers;
using Explainer.Training;
using Explainer.Worked;

namespace Explainer.Bench;

/// <summary>
/// What a training step costs as training goes on, in process: <c>-- train-profile [EXAMPLE] [STEPS] [DIGITS] [OPTIMIZERS]</c>.
/// Each step is timed with what <c>explainer train</c> then does with it (every value of its table formatted to DIGITS);
/// the figures at t are the median of the steps t − 4 … t + 4 (clipped to the run), so one collection does not make a step.
/// </summary>
public static class TrainProfile
{
    public static void Run(string example, int steps, int digits, IReadOnlyList<OptimizerKind> optimizers)
    {
        var worked = SpecExamples.Resolve(example);
        var spec = worked.Run().Network?.Spec ?? throw new ArgumentException($"{example} is not a network example");
        int[] marks = [.. new[] { 1, 10, 100, 1000 }.Where(t => t <= steps)];
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{worked.Id}, {steps} steps, {digits} digits; ms per step (train + format) at t = {string.Join(", ", marks)}; whole run"));
        foreach (var kind in optimizers)
        {
            var settings = OptimizerSettings.Defaults(kind, spec.LearningRate);
            var times = new double[steps];
            var notes = new string[steps];
            var gen2 = GC.CollectionCount(2);
            var bits = 0;
            var pause = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            var last = clock.Elapsed;
            WorkingPrecision? precision = null;
            var run = Trainer.Train(spec, settings, steps, digits, (step, p) =>
            {
                foreach (var u in step.Updates)
                {
                    _ = u.Old.Format(digits);
                    _ = u.Gradient.Format(digits);
                    foreach (var q in u.Quantities)
                    {
                        Show(q.Value, digits);
                    }

                    Show(u.New, digits);
                }

                Show(step.Loss, digits);
                var now = clock.Elapsed;
                times[step.Number - 1] = (now - last).TotalMilliseconds;
                notes[step.Number - 1] = (GC.CollectionCount(2) > gen2 ? " gen2" : string.Empty) + (p.Bits != bits ? $" {p.Bits} bits" : string.Empty);
                (gen2, bits) = (GC.CollectionCount(2), p.Bits);
                last = clock.Elapsed;
                precision = p;
            });
            Show(run.FinalLoss, digits);
            var total = clock.Elapsed.TotalSeconds;
            var paused = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
            var mib = (GC.GetTotalAllocatedBytes() - allocated) / (1024.0 * 1024.0);
            var cells = marks.Select(t => Median(times, t).ToString("F2", CultureInfo.InvariantCulture).PadLeft(8));
            var slowest = Enumerable.Range(0, steps).OrderByDescending(i => times[i]).Take(3).Select(i => string.Create(CultureInfo.InvariantCulture, $"t={i + 1}: {times[i]:F0} ms{notes[i]}"));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {settings.Name,-9}{string.Concat(cells)}   {total,6:F2} s (GC {paused:F2} s, {mib:F0} MiB allocated)   {precision!.Bits} bits after {precision.Raises} raise{(precision.Raises == 1 ? "" : "s")}   slowest {string.Join(", ", slowest)}   final loss {run.FinalLoss.Format(Math.Min(digits, 12)).Text}"));
        }
    }

    private static void Show(Real value, int digits)
    {
        if (!value.IsZero)
        {
            _ = value.Format(digits);
        }
    }

    private static double Median(double[] times, int t)
    {
        var from = Math.Max(0, t - 5);
        var to = Math.Min(times.Length, t + 4);
        var window = times[from..to];
        Array.Sort(window);
        return window[window.Length / 2];
    }
}
