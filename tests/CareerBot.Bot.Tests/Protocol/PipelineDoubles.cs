using System.Collections.Concurrent;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Protocol;

// Test doubles for ActivityPipelineTests: each wraps or replaces one part of the real host.

/// <summary>The real engine, with a switch that holds one turn inside the engine until released.</summary>
internal sealed class HeldEngine
{
    private IConversationEngine _inner = null!;
    private TaskCompletionSource? _hold;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private readonly SemaphoreSlim _entered = new(0);

    public int Running => Volatile.Read(ref _running);
    public int MostAtOnce { get; private set; }
    public ConcurrentQueue<string> Texts { get; } = new();

    public Task Entered => _entered.WaitAsync();

    public void HoldNext() => _hold = _released;

    public void Release() => _released.TrySetResult();

    public IConversationEngine Wrap(IServiceProvider sp)
    {
        _inner = new ConversationEngine(sp.GetRequiredService<ICatalogueSearch>(), sp.GetRequiredService<IReadOnlyList<KnownPlace>>());
        return new Engine(this);
    }

internal sealed class Engine(HeldEngine owner) : IConversationEngine
    {
        public async Task<TurnOutcome> RunTurnAsync(Turn turn, DialogSnapshot? state, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref owner._running);
            lock (owner) owner.MostAtOnce = Math.Max(owner.MostAtOnce, now);
            owner.Texts.Enqueue(turn.Text);
            try
            {
                var hold = Interlocked.Exchange(ref owner._hold, null);
                if (hold is not null)
                {
                    owner._entered.Release();
                    await hold.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
                }
                return await owner._inner.RunTurnAsync(turn, state, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref owner._running);
            }
        }
    }
}

/// <summary>The program's lease, counting how many turns have asked for it.</summary>
internal sealed class WatchedLease
{
    private int _requests;
    private readonly SemaphoreSlim _changed = new(0);

    public int Requests => Volatile.Read(ref _requests);

    public void Wrap(IServiceCollection services) =>
        ServiceDecoration.Decorate<IConversationLease>(services, inner => new Lease(this, inner));

    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (Requests < count) await _changed.WaitAsync(limit.Token);
    }

internal sealed class Lease(WatchedLease owner, IConversationLease inner) : IConversationLease
    {
        public Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
        {
            var acquiring = inner.AcquireAsync(key, cancellationToken);
            Interlocked.Increment(ref owner._requests);
            owner._changed.Release();
            return acquiring;
        }
    }
}

/// <summary>The program's store, answering the first writes with a conflict after letting them through.</summary>
internal sealed class ConflictingStore(int conflictsToCause)
{
    private int _toCause = conflictsToCause;
    private int _caused;

    public int Caused => Volatile.Read(ref _caused);

    public void CauseMore(int count) => Interlocked.Add(ref _toCause, count);

    public void Wrap(IServiceCollection services) => ServiceDecoration.Decorate<IConversationStateStore>(services, inner => new Store(this, inner));

internal sealed class Store(ConflictingStore owner, IConversationStateStore inner) : IConversationStateStore
    {
        public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref owner._caused) <= owner._toCause)
            {
                // Another writer got there first (it wrote the same state again, with a new ETag): ours conflicts.
                if (await inner.ReadAsync(key, cancellationToken) is { } current)
                    await inner.WriteAsync(key, current.Payload, current.ETag, cancellationToken);
                return null;
            }
            Interlocked.Decrement(ref owner._caused);
            return await inner.WriteAsync(key, payload, expectedETag, cancellationToken);
        }

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}

internal sealed class BrokenStore : IConversationStateStore
{
    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        throw new StateUnavailableException("The test store is down.");

    public Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken) =>
        throw new StateUnavailableException("The test store is down.");

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) =>
        throw new StateUnavailableException("The test store is down.");
}

internal sealed class ThrowingObserver : IActivityObserver
{
    public ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound, IReadOnlyList<InsightSignal> signals, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("observer broke");

    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("observer broke");
}

internal sealed class CountingObserver : IActivityObserver
{
    public int Turns;
    public IReadOnlyList<Activity> LastOutbound = [];
    public List<(string, string)> Forgotten { get; } = [];

    public ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound, IReadOnlyList<InsightSignal> signals, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Turns);
        LastOutbound = outbound;
        return ValueTask.CompletedTask;
    }

    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (Forgotten) Forgotten.Add((channelId, conversationId));
        return ValueTask.CompletedTask;
    }
}

internal sealed class GroupChatGate : IChannelGate
{
    public const string Text = "Please talk to me in a private chat.";

    public ValueTask<GateDecision> InspectAsync(Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(activity.Conversation?.IsGroup == true
            ? GateDecision.Answer(activity, [new Reply { Text = Text }])
            : GateDecision.Continue(activity));
}

internal static class ServiceDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="T"/> with a wrapper around it.</summary>
    public static void Decorate<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(sp =>
        {
            var inner = original.ImplementationInstance as T
                ?? (original.ImplementationFactory is { } factory ? (T)factory(sp)
                    : (T)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            return wrap(inner);
        });
    }
}
