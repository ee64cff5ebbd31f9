using CareerBot.Bot.State;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// Times the wait for a conversation's lease (queueing behind the conversation's other turns, and with
/// Redis the round trips) for /metrics as operation lease_wait. A cancelled wait is not recorded. A held lease's
/// own reads and writes of the state are timed as the store's would be (read, write).
/// </summary>
internal sealed class TimedConversationLease(IConversationLease inner, string store, BotMetrics metrics) : IConversationLease
{
    public Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.AcquireAsync(key, cancellationToken));

    public Task<IAsyncDisposable> AcquireKnownAsync(string key, Func<bool> known, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.AcquireKnownAsync(key, known, cancellationToken));

    private async Task<IAsyncDisposable> TimeAsync(Func<Task<IAsyncDisposable>> acquire)
    {
        var held = await metrics.TimeAsync(StoreLabels.LeaseWait, store, acquire);
        return held is ILeaseWithState withState ? new TimedHeld(held, withState, store, metrics) : held;
    }

    /// <summary>A held lease that reads and writes the state: timed as the store's own calls would be.</summary>
    private sealed class TimedHeld(IAsyncDisposable held, ILeaseWithState inner, string store, BotMetrics metrics)
        : IAsyncDisposable, ILeaseWithState
    {
        public StoredState? State => inner.State;

        public Task<StoredState?> ReadAgainAsync(CancellationToken cancellationToken) =>
            metrics.TimeAsync(StoreLabels.Read, store, () => inner.ReadAgainAsync(cancellationToken));

        public Task<string?> WriteAndReleaseAsync(string payload, string? expectedETag, CancellationToken cancellationToken) =>
            metrics.TimeAsync(StoreLabels.Write, store, () => inner.WriteAndReleaseAsync(payload, expectedETag, cancellationToken),
                StoreTiming.WriteOutcome);

        public ValueTask DisposeAsync() => held.DisposeAsync();
    }
}
