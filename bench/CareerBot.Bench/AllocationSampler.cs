using System.Globalization;

namespace CareerBot.Bench;

/// <summary>Counts the runtime's GCAllocationTick events (about one per 100 KB allocated) by type name.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs data)
    {
        if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.PayloadNames is null)
            return;
        int typeIndex = data.PayloadNames.IndexOf("TypeName");
        int amountIndex = data.PayloadNames.IndexOf("AllocationAmount64");
        string type = typeIndex >= 0 ? data.Payload![typeIndex] as string ?? "?" : "?";
        long amount = amountIndex >= 0 ? Convert.ToInt64(data.Payload![amountIndex], CultureInfo.InvariantCulture) : 0;
        lock (bytesByType)
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
    }

    public void Print(int top)
    {
        lock (bytesByType)
        {
            long total = bytesByType.Values.Sum();
            Console.WriteLine("  sampled allocations by type (share of bytes):");
            foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {100.0 * bytes / total,5:0.0} %  {type}"));
        }
    }
}
