using System.Diagnostics;
using CareerBot.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>
/// The Redis lease between "instances": each lease object here has its own connection, as two bot
/// processes would, on one real redis-server.
/// </summary>
public sealed class RedisConversationLeaseTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly List<ConnectionMultiplexer> connections = [];
    private readonly string conversation = "conv-" + Guid.NewGuid().ToString("N");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IDatabase Raw => redis.Server.Connection.GetDatabase();

    private string LeaseKey => RedisConversationLease.DefaultPrefix + "{" + conversation + "}";

    public async ValueTask DisposeAsync()
    {
        foreach (ConnectionMultiplexer connection in connections)
            await connection.DisposeAsync();
    }

    private async Task<RedisConversationLease> InstanceAsync(RedisConversationLeaseOptions? options = null)
    {
        ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(redis.Server.ConnectionString));
        connections.Add(connection);
        return new RedisConversationLease(() => connection, StateResilience.Create(TimeProvider.System, NullLogger.Instance),
            TimeProvider.System, NullLogger<RedisConversationLease>.Instance, options);
    }

    private async Task<RedisConversationStateStore> StoreAsync()
    {
        ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(redis.Server.ConnectionString));
        connections.Add(connection);
        return new RedisConversationStateStore(() => connection, TimeSpan.FromDays(1), StateResilience.Create(TimeProvider.System, NullLogger.Instance));
    }

    [Fact]
    public async Task Acquire_HeldByAnotherInstance_WaitsUntilReleased()
    {
        RedisConversationLease one = await InstanceAsync(), two = await InstanceAsync();
        IAsyncDisposable held = await one.AcquireAsync(conversation, Cancel);

        Task<IAsyncDisposable> waiting = two.AcquireAsync(conversation, Cancel);
        await Task.Delay(300, Cancel);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKey));
    }

    [Fact]
    public async Task Acquire_TurnsFromTwoInstancesAtOnce_NeverOverlapAndNoUpdateIsLost()
    {
        RedisConversationLease one = await InstanceAsync(), two = await InstanceAsync();
        RedisConversationStateStore store = await StoreAsync();
        int inside = 0, overlaps = 0;
        const int TurnsEach = 40;

        // The writes ignore ETags ("*"): only the lease keeps read-modify-write from losing updates.
        async Task TurnsAsync(RedisConversationLease lease)
        {
            for (int i = 0; i < TurnsEach; i++)
            {
                await using IAsyncDisposable turn = await lease.AcquireAsync(conversation, Cancel);
                if (Interlocked.Increment(ref inside) != 1)
                    Interlocked.Increment(ref overlaps);
                StoredState? current = await store.ReadAsync(conversation, Cancel);
                int count = current is null ? 0 : int.Parse(current.Payload, System.Globalization.CultureInfo.InvariantCulture);
                await Task.Yield();
                await store.WriteAsync(conversation, (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "*", Cancel);
                Interlocked.Decrement(ref inside);
            }
        }

        await Task.WhenAll(Task.Run(() => TurnsAsync(one), Cancel), Task.Run(() => TurnsAsync(one), Cancel),
            Task.Run(() => TurnsAsync(two), Cancel), Task.Run(() => TurnsAsync(two), Cancel)).WaitAsync(TimeSpan.FromMinutes(3), Cancel);

        Assert.Equal(0, overlaps);
        Assert.Equal((4 * TurnsEach).ToString(System.Globalization.CultureInfo.InvariantCulture), (await store.ReadAsync(conversation, Cancel))?.Payload);
        Assert.Equal(0, one.ActiveKeys);
        Assert.Equal(0, two.ActiveKeys);
        Assert.False(await Raw.KeyExistsAsync(LeaseKey));
    }

    [Fact]
    public async Task Acquire_WaitersOnTwoInstances_ServedInTheOrderTheyQueued()
    {
        RedisConversationLease one = await InstanceAsync(), two = await InstanceAsync(), three = await InstanceAsync();
        IAsyncDisposable held = await one.AcquireAsync(conversation, Cancel);
        var order = new List<string>();

        async Task TurnAsync(RedisConversationLease lease, string name)
        {
            await using IAsyncDisposable turn = await lease.AcquireAsync(conversation, Cancel);
            lock (order)
                order.Add(name);
        }

        // "first" and "second" queue in Redis while instance one holds the lease; "third" waits on instance two behind
        // "first" and can ask Redis only once "first" is done, when "second" has long been queued ahead of it. (A
        // second waiter on the holder's own instance would wait in that process until the holder let go, and then race
        // "third" to Redis: under load it could lose, which the queue cannot know about.)
        Task first = TurnAsync(two, "first (instance two)");
        await WaitUntilAsync(async () => await Raw.SortedSetLengthAsync(LeaseKey + ":queue") == 1);
        Task second = TurnAsync(three, "second (instance three)");
        await WaitUntilAsync(async () => await Raw.SortedSetLengthAsync(LeaseKey + ":queue") == 2);
        Task third = TurnAsync(two, "third (instance two)");
        await Task.Delay(200, Cancel);

        await held.DisposeAsync();
        await Task.WhenAll(first, second, third).WaitAsync(Wait, Cancel);

        Assert.Equal(["first (instance two)", "second (instance three)", "third (instance two)"], order);
    }

    [Fact]
    public async Task Acquire_HolderDied_LeaseExpiresAndTheNextTurnRuns()
    {
        // What a killed holder leaves behind: the lease key with its token and TTL, never released.
        await Raw.StringSetAsync(LeaseKey, "token-of-a-dead-process", TimeSpan.FromSeconds(1));
        RedisConversationLease lease = await InstanceAsync();
        var waited = Stopwatch.StartNew();

        await (await lease.AcquireAsync(conversation, Cancel).WaitAsync(Wait, Cancel)).DisposeAsync();

        Assert.InRange(waited.Elapsed, TimeSpan.FromMilliseconds(500), Wait);
    }

    [Fact]
    public async Task Acquire_FreeAndNobodyQueued_TakesTheLeaseWithoutTheQueuesBookkeeping()
    {
        RedisConversationLease lease = await InstanceAsync();

        IAsyncDisposable held = await lease.AcquireAsync(conversation, Cancel);

        Assert.True(await Raw.KeyExistsAsync(LeaseKey));
        Assert.NotNull(await Raw.KeyTimeToLiveAsync(LeaseKey));
        foreach (string part in new[] { ":queue", ":seen", ":ticket" })
            Assert.False(await Raw.KeyExistsAsync(LeaseKey + part), part);
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKey));
    }

    [Fact]
    public async Task Acquire_FreeButSomeoneQueued_WaitsItsTurnInsteadOfJumpingAhead()
    {
        // A live waiter from another instance is first in line (it just polled); the lease itself is free.
        RedisResult[] now = (RedisResult[])(await Raw.ExecuteAsync("TIME"))!;
        long nowMs = (long)now[0] * 1000 + (long)now[1] / 1000;
        await Raw.SortedSetAddAsync(LeaseKey + ":queue", "waiter-ahead", 0);
        await Raw.SortedSetAddAsync(LeaseKey + ":seen", "waiter-ahead", nowMs);
        RedisConversationLease lease = await InstanceAsync(new RedisConversationLeaseOptions { WaiterTimeout = TimeSpan.FromSeconds(2) });

        Task<IAsyncDisposable> newcomer = lease.AcquireAsync(conversation, Cancel);
        await Task.Delay(500, Cancel);
        Assert.False(newcomer.IsCompleted);

        // The waiter ahead never polls again, so it is dropped and the newcomer's turn comes.
        await (await newcomer.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.Null(await Raw.SortedSetScoreAsync(LeaseKey + ":queue", "waiter-ahead"));
    }

    [Fact]
    public async Task Acquire_AWaiterAheadDied_DroppedFromTheQueue()
    {
        // A waiter that queued and then vanished: first in line, never polls again.
        await Raw.SortedSetAddAsync(LeaseKey + ":queue", "dead-waiter", 0);
        await Raw.SortedSetAddAsync(LeaseKey + ":seen", "dead-waiter", 0);
        RedisConversationLease lease = await InstanceAsync(new RedisConversationLeaseOptions { WaiterTimeout = TimeSpan.FromSeconds(1) });

        await (await lease.AcquireAsync(conversation, Cancel).WaitAsync(Wait, Cancel)).DisposeAsync();

        Assert.Null(await Raw.SortedSetScoreAsync(LeaseKey + ":queue", "dead-waiter"));
    }

    [Fact]
    public async Task Hold_LongerThanTheLeaseTime_RenewedSoNobodyElseGetsIn()
    {
        // Long enough that a renewal delayed by a busy machine (the CI box runs test projects side by side on 2
        // cores) does not let the lease lapse; held for over 2.5 lease times, so it must have been renewed.
        var options = new RedisConversationLeaseOptions { LeaseTime = TimeSpan.FromMilliseconds(1500) };
        RedisConversationLease one = await InstanceAsync(options), two = await InstanceAsync(options);
        IAsyncDisposable held = await one.AcquireAsync(conversation, Cancel);

        Task<IAsyncDisposable> waiting = two.AcquireAsync(conversation, Cancel);
        await Task.Delay(TimeSpan.FromSeconds(4), Cancel);

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await (await waiting.WaitAsync(Wait, Cancel)).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_WaiterCancelled_LeavesTheQueueAtOnce()
    {
        RedisConversationLease one = await InstanceAsync(), two = await InstanceAsync();
        IAsyncDisposable held = await one.AcquireAsync(conversation, Cancel);
        using var gaveUp = new CancellationTokenSource();
        Task<IAsyncDisposable> waiting = two.AcquireAsync(conversation, gaveUp.Token);
        await WaitUntilAsync(async () => await Raw.SortedSetLengthAsync(LeaseKey + ":queue") == 1);

        await gaveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Wait, Cancel));
        Assert.Equal(0, await Raw.SortedSetLengthAsync(LeaseKey + ":queue"));
        Assert.Equal(0, two.ActiveKeys);
        await held.DisposeAsync();
    }

    [Fact]
    public async Task Acquire_RedisUnreachable_StateUnavailable()
    {
        ConnectionMultiplexer nowhere = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure("127.0.0.1:1,connectTimeout=200"));
        connections.Add(nowhere);
        var lease = new RedisConversationLease(() => nowhere, StateResilience.Create(TimeProvider.System, NullLogger.Instance),
            TimeProvider.System, NullLogger<RedisConversationLease>.Instance);

        await Assert.ThrowsAsync<StateUnavailableException>(() => lease.AcquireAsync(conversation, Cancel));
        Assert.Equal(0, lease.ActiveKeys);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Wait, "Timed out waiting.");
            await Task.Delay(20, Cancel);
        }
    }
}
