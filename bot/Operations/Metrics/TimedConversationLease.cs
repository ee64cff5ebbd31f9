using System.Diagnostics;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// Times the wait for a conversation's lease (queueing behind the conversation's other turns, and with
/// Redis the round trips) for /metrics as operation lease_wait. A cancelled wait is not recorded.
/// </summary>
internal sealed class TimedConversationLease(IConversationLease inner, string store, BotMetrics metrics) : IConversationLease
{
    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var held = await inner.AcquireAsync(key, cancellationToken);
            metrics.Store(StoreLabels.LeaseWait, store, StoreLabels.Ok, Stopwatch.GetElapsedTime(started));
            return held;
        }
        catch (StateUnavailableException)
        {
            metrics.Store(StoreLabels.LeaseWait, store, StoreLabels.Unavailable, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}
