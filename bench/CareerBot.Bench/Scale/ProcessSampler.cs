using System.Diagnostics;

namespace CareerBot.Bench.Scale;

/// <summary>Samples this process's memory every <c>period</c> and keeps the peaks (working set, GC heap).</summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProcessSampler(TimeSpan period)
    {
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(period);
            do Sample();
            while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result));
        });
    }

    public long PeakWorkingSet { get; private set; }

    /// <summary>The largest GC heap seen (GCMemoryInfo.HeapSizeBytes after a collection, or the live total between).</summary>
    public long PeakHeap { get; private set; }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
        PeakHeap = Math.Max(PeakHeap, Math.Max(GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(false)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        Sample();
        await _stop.CancelAsync();
        await _loop;
    }
}
