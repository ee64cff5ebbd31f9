using System.Diagnostics;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// Times every state store call for /metrics, whichever store is behind it; otherwise passes straight
/// through. A cancelled call, or a bug's exception, is not recorded: it says nothing about the store.
/// </summary>
internal sealed class TimedConversationStateStore(IConversationStateStore inner, string store, BotMetrics metrics)
    : IConversationStateStore
{
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var stored = await inner.ReadAsync(key, cancellationToken);
            Record(StoreLabels.Read, StoreLabels.Ok, started);
            return stored;
        }
        catch (StateUnavailableException)
        {
            Record(StoreLabels.Read, StoreLabels.Unavailable, started);
            throw;
        }
    }

    public async Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var etag = await inner.WriteAsync(key, payload, expectedETag, cancellationToken);
            Record(StoreLabels.Write, etag is null ? StoreLabels.Conflict : StoreLabels.Ok, started);
            return etag;
        }
        catch (StateUnavailableException)
        {
            Record(StoreLabels.Write, StoreLabels.Unavailable, started);
            throw;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var deleted = await inner.DeleteAsync(key, cancellationToken);
            Record(StoreLabels.Delete, StoreLabels.Ok, started);
            return deleted;
        }
        catch (StateUnavailableException)
        {
            Record(StoreLabels.Delete, StoreLabels.Unavailable, started);
            throw;
        }
    }

    private void Record(string operation, string outcome, long started) =>
        metrics.Store(operation, store, outcome, Stopwatch.GetElapsedTime(started));
}
