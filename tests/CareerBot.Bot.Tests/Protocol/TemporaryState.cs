using System.Collections.Concurrent;
using CareerBot.Bot.State;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// Test-only state until the state area's SQLite store and lease are on main: registered only when the
/// program registers none. Delete this file once StateRegistration registers the real ones.
/// </summary>
internal static class TemporaryState
{
    /// <summary>True once a host used the in-memory stand-in (state does not survive a restart).</summary>
    public static bool InUse { get; private set; }

    public static void AddIfMissing(IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(IConversationStateStore)))
        {
            InUse = true;
            services.AddSingleton<IConversationStateStore, MemoryStore>();
        }
        if (services.All(d => d.ServiceType != typeof(IConversationLease)))
            services.AddSingleton<IConversationLease, KeyedLock>();
    }

    private sealed class MemoryStore : IConversationStateStore
    {
        private readonly ConcurrentDictionary<string, StoredState> _rows = new();

        public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(_rows.TryGetValue(key, out var row) ? row : null);

        public Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
        {
            lock (_rows)
            {
                _rows.TryGetValue(key, out var current);
                if (expectedETag != "*" && current?.ETag != expectedETag) return Task.FromResult<string?>(null);
                var etag = Guid.NewGuid().ToString("N");
                _rows[key] = new StoredState(payload, etag);
                return Task.FromResult<string?>(etag);
            }
        }

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_rows.TryRemove(key, out _));
    }

    /// <summary>First come, first served per key: each turn waits for the one queued before it.</summary>
    private sealed class KeyedLock : IConversationLease
    {
        private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);

        public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
        {
            var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task previous;
            lock (_tails)
            {
                previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
                _tails[key] = mine.Task;
            }
            await previous;
            return new Release(mine);
        }

        private sealed class Release(TaskCompletionSource done) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                done.TrySetResult();
                return ValueTask.CompletedTask;
            }
        }
    }
}
