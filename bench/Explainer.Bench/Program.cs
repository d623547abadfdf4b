using BenchmarkDotNet.Running;

namespace Explainer.Bench;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Explainer.Bench -- --filter '*' --job short</c>; or writes the peers' LCG-100 problem as a spec: <c>-- lcg-spec 16-32-32-10 8</c>; or samples what a trace allocates: <c>-- alloc-profile net-2-2-2 50</c>; or times training steps as a run goes on: <c>-- train-profile net-2-2-2 1000 30</c>; or measures how fast its enclosures widen: <c>-- train-radius net-2-2-2 1000 30</c>; or what one ball operation allocates: <c>-- op-bytes 200</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["op-bytes", .. var opArgs])
        {
            // [BITS]: what one ball operation allocates, result included.
            OperationBytes.Run(IntArg(opArgs, 0, 200));
            return;
        }

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
            AllocationProfile.Run(example, IntArg(rest, 0, 50), IntArg(rest, 1, 3), rest.Length > 2 && rest[2] == "updates");
            return;
        }

        if (args is ["phases", var spec, .. var more])
        {
            PhaseProfile.Run(spec, IntArg(more, 0, 50), IntArg(more, 1, 20));
            return;
        }

        if (args is [("train-profile" or "train-radius") and var what, .. var train])
        {
            // [EXAMPLE] [STEPS] [DIGITS] [OPTIMIZERS, comma-separated]: net-2-2-2, 1000 steps, 30 digits, all five by default.
            var kinds = train.Length > 3 ? train[3].Split(',').Select(Training.OptimizerSettings.Parse).ToList() : [.. Enum.GetValues<Training.OptimizerKind>()];
            var network = train.Length > 0 ? train[0] : "net-2-2-2";
            if (what == "train-profile")
            {
                TrainProfile.Run(network, IntArg(train, 1, 1000), IntArg(train, 2, 30), kinds);
            }
            else
            {
                TrainRadius.Run(network, IntArg(train, 1, 1000), IntArg(train, 2, 30), kinds);
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>The integer argument at <paramref name="index"/>, or <paramref name="fallback"/> when there are fewer.</summary>
    private static int IntArg(string[] args, int index, int fallback)
        => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
