using System.Diagnostics;
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
        TimeAsync(inner.AcquireAsync(key, cancellationToken));

    public Task<IAsyncDisposable> AcquireKnownAsync(string key, Func<bool> known, CancellationToken cancellationToken) =>
        TimeAsync(inner.AcquireKnownAsync(key, known, cancellationToken));

    private async Task<IAsyncDisposable> TimeAsync(Task<IAsyncDisposable> acquiring)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var held = await acquiring;
            metrics.Store(StoreLabels.LeaseWait, store, StoreLabels.Ok, Stopwatch.GetElapsedTime(started));
            return held is ILeaseWithState withState ? new TimedHeld(held, withState, store, metrics) : held;
        }
        catch (StateUnavailableException)
        {
            metrics.Store(StoreLabels.LeaseWait, store, StoreLabels.Unavailable, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>A held lease that writes the state: its write is timed as a store write, as the store's own would be.</summary>
    private sealed class TimedHeld(IAsyncDisposable held, ILeaseWithState inner, string store, BotMetrics metrics)
        : IAsyncDisposable, ILeaseWithState
    {
        public StoredState? State => inner.State;

        public async Task<StoredState?> ReadAgainAsync(CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var state = await inner.ReadAgainAsync(cancellationToken);
                metrics.Store(StoreLabels.Read, store, StoreLabels.Ok, Stopwatch.GetElapsedTime(started));
                return state;
            }
            catch (StateUnavailableException)
            {
                metrics.Store(StoreLabels.Read, store, StoreLabels.Unavailable, Stopwatch.GetElapsedTime(started));
                throw;
            }
        }

        public async Task<string?> WriteAndReleaseAsync(string payload, string? expectedETag, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var etag = await inner.WriteAndReleaseAsync(payload, expectedETag, cancellationToken);
                metrics.Store(StoreLabels.Write, store, etag is null ? StoreLabels.Conflict : StoreLabels.Ok, Stopwatch.GetElapsedTime(started));
                return etag;
            }
            catch (StateUnavailableException)
            {
                metrics.Store(StoreLabels.Write, store, StoreLabels.Unavailable, Stopwatch.GetElapsedTime(started));
                throw;
            }
        }

        public ValueTask DisposeAsync() => held.DisposeAsync();
    }
}
