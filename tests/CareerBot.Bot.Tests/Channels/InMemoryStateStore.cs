using System.Collections.Concurrent;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Tests.Channels;

/// <summary>An IConversationStateStore in memory, for channel tests until the state helper's stores are on main.</summary>
internal sealed class InMemoryStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _items = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => _items.Keys.ToList();

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var s) ? s : null);

    public Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            _items.TryGetValue(key, out var current);
            if (expectedETag is null && current is not null) return Task.FromResult<string?>(null);
            if (expectedETag is not null and not "*" && current?.ETag != expectedETag) return Task.FromResult<string?>(null);
            var etag = Guid.NewGuid().ToString("N");
            _items[key] = new StoredState(payload, etag);
            return Task.FromResult<string?>(etag);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_items.TryRemove(key, out _));
}
