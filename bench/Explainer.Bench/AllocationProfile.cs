using System.Diagnostics.Tracing;
using System.Globalization;
using Explainer.Worked;

namespace Explainer.Bench;

/// <summary>
/// Which types a certified trace allocates, from the runtime's own sampling (the GC's AllocationTick event, one per
/// ~100 KB allocated, naming the type of the object that crossed the mark): <c>-- alloc-profile EXAMPLE-OR-SPEC [DIGITS] [TRACES] [updates]</c>.
/// </summary>
/// <remarks>A sample, not a count: types that allocate little may not show. Enough to say where issue 14's bytes per parameter go.</remarks>
public static class AllocationProfile
{
    public static void Run(string example, int digits, int traces, bool updatesOnly)
    {
        var worked = SpecExamples.Resolve(example);
        int Certify(WorkedRun run) => updatesOnly ? run.CertifyUpdates(digits) : run.Certify(digits);
        Certify(worked.Run());
        using var listener = new TickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < traces; i++)
        {
            Certify(worked.Run());
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        var total = listener.Bytes.Values.Sum();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{worked.Id} at {digits} digits{(updatesOnly ? ", loss and updates only" : string.Empty)}: {bytes / (double)traces / 1024:F1} KiB per trace; sampled by type:"));
        foreach (var (type, sampled) in listener.Bytes.OrderByDescending(p => p.Value).Take(25))
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * sampled / total,5:F1}%  {type}"));
        }
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC keyword (0x1) at verbose level carries AllocationTick.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is not { } payload)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount")], CultureInfo.InvariantCulture);
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
