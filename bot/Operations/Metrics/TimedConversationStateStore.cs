using CareerBot.Bot.State;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// Times every state store call for /metrics, whichever store is behind it; otherwise passes straight
/// through. A cancelled call, or a bug's exception, is not recorded: it says nothing about the store.
/// </summary>
internal sealed class TimedConversationStateStore(IConversationStateStore inner, string store, BotMetrics metrics)
    : IConversationStateStore
{
    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        metrics.TimeAsync(StoreLabels.Read, store, () => inner.ReadAsync(key, cancellationToken));

    public Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken) =>
        metrics.TimeAsync(StoreLabels.Write, store, () => inner.WriteAsync(key, payload, expectedETag, cancellationToken),
            StoreTiming.WriteOutcome);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) =>
        metrics.TimeAsync(StoreLabels.Delete, store, () => inner.DeleteAsync(key, cancellationToken));
}
