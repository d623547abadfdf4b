using System.Diagnostics;
using System.Globalization;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Specs;
using Explainer.Training;

namespace Explainer.Bench;

/// <summary>
/// Where one certified step of a network spec spends its time, phase by phase (build and forward, backward, the SGD
/// updates, enclosing the loss and the updates, then rounding and printing them): <c>-- phases SPEC [DIGITS] [TRACES]</c>. Minimum and median of each
/// phase over the traces, after as many untimed traces as timed.
/// </summary>
public static class PhaseProfile
{
    public static void Run(string path, int digits, int traces)
    {
        var spec = SpecLoader.Load(path).Network?.Network ?? throw new ArgumentException($"{path} is not a network spec");
        var names = new[] { "build + forward", "backward", "updates", "enclose (first precision)", "round and print" };
        var times = names.Select(_ => new List<double>()).ToArray();
        var bytes = new long[names.Length];
        int[] collections = [];
        var paused = TimeSpan.Zero;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < 2 * traces; i++)
        {
            if (i == traces)
            {
                collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                paused = GC.GetTotalPauseDuration();
                wall.Restart();
            }

            var clock = Stopwatch.StartNew();
            var phase = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            void Mark()
            {
                if (i >= traces)
                {
                    times[phase].Add(clock.Elapsed.TotalMilliseconds);
                    var now = GC.GetAllocatedBytesForCurrentThread();
                    bytes[phase] += now - allocated;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread();
                phase++;
                clock.Restart();
            }

            var network = NetworkBuilder.Build(spec);
            Mark();
            var trace = Backward.Run(network.Graph);
            Mark();
            var updates = Sgd.Step(trace, network.Trainable, spec.LearningRate);
            Mark();
            var bits = Real.StartPrecision(digits);
            _ = network.Graph.Output.Value.Enclose(bits);
            foreach (var u in updates)
            {
                _ = u.New.Enclose(bits);
            }

            Mark();
            var shown = network.Graph.Output.Value.Format(digits).Text.Length;
            foreach (var u in updates)
            {
                shown += u.New.Format(digits).Text.Length;
            }

            Mark();
            GC.KeepAlive(shown);
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path} at {digits} digits, {traces} traces, {Count(spec)} parameters:"));
        for (var p = 0; p < names.Length; p++)
        {
            var t = times[p].Order().ToList();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[p],-24} min {t[0],8:F2} ms  median {t[t.Count / 2],8:F2} ms  {bytes[p] / (double)traces / 1024,9:F1} KiB"));
        }

        var gcs = new[] { GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2] };
        var pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  collections per trace: gen0 {gcs[0] / (double)traces:F2}, gen1 {gcs[1] / (double)traces:F2}, gen2 {gcs[2] / (double)traces:F2}; GC pauses {pause / traces:F2} ms per trace of {wall.Elapsed.TotalMilliseconds / traces:F2} ms"));

        static int Count(NetworkSpec s) => NetworkBuilder.Build(s).Trainable.Count;
    }
}
