using BenchmarkDotNet.Running;

namespace Explainer.Bench;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Explainer.Bench -- --filter '*' --job short</c>; or writes the peers' LCG-100 problem as a spec: <c>-- lcg-spec 16-32-32-10 8</c>; or samples what a trace allocates: <c>-- alloc-profile net-2-2-2 50</c>; or times training steps as a run goes on: <c>-- train-profile net-2-2-2 1000 30</c>; or measures how fast its enclosures widen: <c>-- train-radius net-2-2-2 1000 30</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["lcg-spec", var sizes, var batch, ..])
        {
            // The peers' problem as a spec file (see LcgSpec); the test vector is checked first.
            if (LcgSpec.TestVector() != "0.98 -0.55 0.06 0.28 -0.98")
            {
                throw new InvalidOperationException($"the LCG does not give the peers' test vector: {LcgSpec.TestVector()}");
            }

            Console.Out.Write(LcgSpec.Write([.. sizes.Split('-').Select(int.Parse)], int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        if (args is ["alloc-profile", var example, .. var rest])
        {
            var digits = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
            var traces = rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
            AllocationProfile.Run(example, digits, traces, rest.Length > 2 && rest[2] == "updates");
            return;
        }

        if (args is ["phases", var spec, .. var more])
        {
            var digits = more.Length > 0 ? int.Parse(more[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
            var traces = more.Length > 1 ? int.Parse(more[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
            PhaseProfile.Run(spec, digits, traces);
            return;
        }

        if (args is [("train-profile" or "train-radius") and var what, .. var train])
        {
            // [EXAMPLE] [STEPS] [DIGITS] [OPTIMIZERS, comma-separated]: net-2-2-2, 1000 steps, 30 digits, all five by default.
            int Arg(int i, int fallback) => train.Length > i ? int.Parse(train[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
            var kinds = train.Length > 3 ? train[3].Split(',').Select(Training.OptimizerSettings.Parse).ToList() : [.. Enum.GetValues<Training.OptimizerKind>()];
            var network = train.Length > 0 ? train[0] : "net-2-2-2";
            if (what == "train-profile")
            {
                TrainProfile.Run(network, Arg(1, 1000), Arg(2, 30), kinds);
            }
            else
            {
                TrainRadius.Run(network, Arg(1, 1000), Arg(2, 30), kinds);
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
