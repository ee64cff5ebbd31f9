using System.Diagnostics;
using CareerBot.Bot.State;
using Polly;
using RedisServer = CareerBot.Bot.Tests.Insights.RedisServer;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>On one redis-server.</summary>
public sealed class RedisLeaseWithStateTests(RedisFixture redis) : RedisLeaseWithStateCases(redis.Server), IClassFixture<RedisFixture>;

/// <summary>On a one-node Redis Cluster, which refuses a script whose keys are in different hash slots (CROSSSLOT).</summary>
public sealed class RedisClusterLeaseWithStateTests(RedisClusterFixture redis)
    : RedisLeaseWithStateCases(redis.Server), IClassFixture<RedisClusterFixture>
{
    [Theory]
    [InlineData("careerbot:state:web/abc", "careerbot:state:web/abc")]
    [InlineData("careerbot:state:web/a{b}c", "b")]
    [InlineData("careerbot:state:web/{x}{y}", "x")]
    [InlineData("careerbot:state:web/a{}b{c}", "careerbot:state:web/a{}b{c}")]
    [InlineData("careerbot:state:web/a}b{c", "careerbot:state:web/a}b{c")]
    [InlineData("careerbot:state:web/a{b", "careerbot:state:web/a{b")]
    [InlineData("careerbot:state:sms/Zoë – ১২৩ 😀", "careerbot:state:sms/Zoë – ১২৩ 😀")]
    [InlineData("careerbot:state:msteams/19:x{ü}y", "ü")]
    public async Task HashTagOf_IsWhatTheClusterHashes(string key, string tag)
    {
        Assert.Equal(tag, RedisConversationLease.HashTagOf(key));
        // The server's own answer: "{tag}..." lands in the key's slot whenever the tag has no closing brace of its own.
        if (!tag.Contains('}', StringComparison.Ordinal))
            Assert.Equal(await KeySlotAsync(key), await KeySlotAsync("{" + tag + "}rest"));
    }

    [Fact]
    public async Task Acquire_WithTheStore_LeaseKeysAreInTheStatesSlotUnlessTheIdsBracesPreventIt()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        foreach ((string key, bool together) in new[] { (Conversation, true), (Conversation + "{tagged}", true), (Conversation + "}", false) })
        {
            await using IAsyncDisposable held = await lease.AcquireAsync(key, Cancel);
            string leaseKey = LeaseKeyOf(store, key);
            Assert.True(await Raw.KeyExistsAsync(leaseKey), key);
            Assert.Equal(together, await KeySlotAsync(leaseKey) == await KeySlotAsync(store.RedisKeyOf(key)!));
            // Where the id's braces cut the tag short, the state is left to the store's own read.
            Assert.Equal(together, held is ILeaseWithState);
        }
    }

    private async Task<long> KeySlotAsync(string key)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString + ",allowAdmin=true");
        return (long)await admin.GetServer(admin.GetEndPoints()[0]).ExecuteAsync("CLUSTER", "KEYSLOT", key);
    }
}

/// <summary>One real one-node Redis Cluster for a test class.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    internal RedisServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await RedisServer.StartClusterAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The Redis lease given the state store: the script that takes the lease also reads the state, and the lease
/// keys carry the state key's hash tag. Each lease and store has its own connection, as separate processes would.
/// </summary>
public abstract class RedisLeaseWithStateCases : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly List<ConnectionMultiplexer> connections = [];

    private protected RedisLeaseWithStateCases(RedisServer server) => Server = server;

    private protected RedisServer Server { get; }

    protected string Conversation { get; } = "test/conv-" + Guid.NewGuid().ToString("N");

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected IDatabase Raw => Server.Connection.GetDatabase();

    public async ValueTask DisposeAsync()
    {
        foreach (ConnectionMultiplexer connection in connections)
            await connection.DisposeAsync();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(Server.ConnectionString));
        connections.Add(connection);
        return connection;
    }

    protected async Task<RedisConversationStateStore> StoreAsync()
    {
        ConnectionMultiplexer connection = await ConnectAsync();
        return new RedisConversationStateStore(() => connection, TimeSpan.FromDays(1), StateResilience.Create(TimeProvider.System, NullLogger.Instance));
    }

    protected async Task<RedisConversationLease> LeaseAsync(RedisConversationStateStore? store, ResiliencePipeline? pipeline = null)
    {
        ConnectionMultiplexer connection = await ConnectAsync();
        return new RedisConversationLease(() => connection, pipeline ?? StateResilience.Create(TimeProvider.System, NullLogger.Instance),
            TimeProvider.System, NullLogger<RedisConversationLease>.Instance, state: store);
    }

    protected static string LeaseKeyOf(RedisConversationStateStore store, string key) =>
        RedisConversationLease.DefaultPrefix + "{" + RedisConversationLease.HashTagOf(store.RedisKeyOf(key)!) + "}" + key;

    [Fact]
    public async Task Acquire_WithTheStore_HandsOverTheStateAsTheLeaseWasTaken()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string? etag = await store.WriteAsync(Conversation, "first answer", null, Cancel);

        IAsyncDisposable held = await lease.AcquireAsync(Conversation, Cancel);

        var read = Assert.IsAssignableFrom<ILeaseWithState>(held);
        Assert.Equal(new StoredState("first answer", etag!), read.State);
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task Acquire_WithTheStore_NoStateYet_HandsOverNone()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);

        await using IAsyncDisposable held = await lease.AcquireAsync(Conversation, Cancel);

        Assert.Null(Assert.IsAssignableFrom<ILeaseWithState>(held).State);
        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task Acquire_AfterWaitingInTheQueue_SeesTheLastHoldersWrite()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease one = await LeaseAsync(store), two = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable heldByOne = await one.AcquireAsync(Conversation, Cancel);

        Task<IAsyncDisposable> waiting = two.AcquireAsync(Conversation, Cancel);
        await WaitUntilAsync(async () => await Raw.SortedSetLengthAsync(LeaseKeyOf(store, Conversation) + ":queue") == 1);
        string? second = await store.WriteAsync(Conversation, "2", first, Cancel);
        await heldByOne.DisposeAsync();

        IAsyncDisposable heldByTwo = await waiting.WaitAsync(Wait, Cancel);
        Assert.Equal(new StoredState("2", second!), Assert.IsAssignableFrom<ILeaseWithState>(heldByTwo).State);
        await heldByTwo.DisposeAsync();
    }

    [Fact]
    public async Task Acquire_TwoConversationsWithTheSameBraces_DoNotShareALease()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string one = Conversation + "-a{shared}", two = Conversation + "-b{shared}";

        await using IAsyncDisposable first = await lease.AcquireAsync(one, Cancel);
        await using IAsyncDisposable second = await lease.AcquireAsync(two, Cancel).WaitAsync(TimeSpan.FromSeconds(5), Cancel);

        Assert.NotEqual(LeaseKeyOf(store, one), LeaseKeyOf(store, two));
        
    }

    [Fact]
    public async Task WriteAndRelease_Written_AnotherInstanceTakesOverAtOnceAndSeesTheWrite()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease one = await LeaseAsync(store), two = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable heldByOne = await one.AcquireAsync(Conversation, Cancel);

        string? second = await Assert.IsAssignableFrom<ILeaseWithState>(heldByOne).WriteAndReleaseAsync("2", first, Cancel);

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync(Conversation, Cancel));
        // The shared lease is free before the first turn is disposed: the other instance does not wait for it.
        IAsyncDisposable heldByTwo = await two.AcquireAsync(Conversation, Cancel).WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        Assert.Equal(new StoredState("2", second), Assert.IsAssignableFrom<ILeaseWithState>(heldByTwo).State);
        // Disposing the first turn afterwards must not free the lease the second now holds.
        await heldByOne.DisposeAsync();
        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        await heldByTwo.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task WriteAndRelease_Conflict_WritesNothingAndKeepsTheLease()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable held = await lease.AcquireAsync(Conversation, Cancel);
        // Another writer got there first (a lease lost without the holder knowing).
        string? other = await store.WriteAsync(Conversation, "other", first, Cancel);

        string? mine = await Assert.IsAssignableFrom<ILeaseWithState>(held).WriteAndReleaseAsync("mine", first, Cancel);

        Assert.Null(mine);
        Assert.Equal(new StoredState("other", other!), await store.ReadAsync(Conversation, Cancel));
        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        // A new conversation ("new" mode) conflicts the same way when the state already exists.
        Assert.Null(await Assert.IsAssignableFrom<ILeaseWithState>(held).WriteAndReleaseAsync("mine", null, Cancel));
        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task WriteAndRelease_SameProcess_ItsNextTurnStillWaitsUntilThisOneIsDisposed()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        IAsyncDisposable first = await lease.AcquireAsync(Conversation, Cancel);
        string? written = await Assert.IsAssignableFrom<ILeaseWithState>(first).WriteAndReleaseAsync("1", null, Cancel);
        Assert.NotNull(written);

        // The replies of the first turn are queued before the next turn of this instance may run.
        Task<IAsyncDisposable> next = lease.AcquireAsync(Conversation, Cancel);
        await Task.Delay(300, Cancel);
        Assert.False(next.IsCompleted);
        await first.DisposeAsync();

        IAsyncDisposable second = await next.WaitAsync(Wait, Cancel);
        Assert.Equal(new StoredState("1", written), Assert.IsAssignableFrom<ILeaseWithState>(second).State);
        await second.DisposeAsync();
    }

    [Fact]
    public async Task WriteAndRelease_ReplyLostAndRetried_ReportsItsOwnWriteAndTheLeaseIsFree()
    {
        RedisConversationStateStore store = await StoreAsync();
        int calls = 0;
        // Call 1 takes the lease; the reply of call 2 (the write and release) is lost, and the retry sends it again.
        ResiliencePipeline pipeline = LoseReply.InsideOneRetry(() => Interlocked.Increment(ref calls) == 2);
        RedisConversationLease lease = await LeaseAsync(store, pipeline);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable held = await lease.AcquireAsync(Conversation, Cancel);

        string? second = await Assert.IsAssignableFrom<ILeaseWithState>(held).WriteAndReleaseAsync("2", first, Cancel);

        Assert.Equal(3, Volatile.Read(ref calls));
        Assert.NotNull(second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync(Conversation, Cancel));
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        await held.DisposeAsync();
    }

    [Fact]
    public async Task AcquireKnown_Trusted_TakesNoRedisLeaseAndWritesInOneStep()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        int asked = 0;

        IAsyncDisposable held = await lease.AcquireKnownAsync(Conversation, () => ++asked > 0, Cancel);

        Assert.Equal(1, asked);
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        var turn = Assert.IsAssignableFrom<ILeaseWithState>(held);
        Assert.Null(turn.State);
        string? second = await turn.WriteAndReleaseAsync("2", first, Cancel);
        Assert.NotNull(second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync(Conversation, Cancel));
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task AcquireKnown_NotTrusted_TakesTheLeaseAndReadsAsAcquireDoes()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);

        IAsyncDisposable held = await lease.AcquireKnownAsync(Conversation, () => false, Cancel);

        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        Assert.Equal(new StoredState("1", first!), Assert.IsAssignableFrom<ILeaseWithState>(held).State);
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task AcquireKnown_StateNotInTheLeasesSlot_TakesTheLeaseWithoutAsking()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string key = Conversation + "}";

        await using IAsyncDisposable held = await lease.AcquireKnownAsync(key, () => throw new InvalidOperationException("asked"), Cancel);

        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, key)));
        Assert.False(held is ILeaseWithState);
    }

    [Fact]
    public async Task AcquireKnown_AnotherInstanceHoldsTheLease_WriteOnTrustIsAConflict()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease one = await LeaseAsync(store), two = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable heldByTwo = await two.AcquireAsync(Conversation, Cancel);
        IAsyncDisposable heldByOne = await one.AcquireKnownAsync(Conversation, () => true, Cancel);

        // The ETag still matches, but instance two is in the middle of a turn of the conversation.
        Assert.Null(await Assert.IsAssignableFrom<ILeaseWithState>(heldByOne).WriteAndReleaseAsync("from one", first, Cancel));

        Assert.Equal(new StoredState("1", first!), await store.ReadAsync(Conversation, Cancel));
        await heldByTwo.DisposeAsync();
        await heldByOne.DisposeAsync();
    }

    [Fact]
    public async Task AcquireKnown_AnotherInstanceWaitsForTheLease_WriteOnTrustIsAConflict()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease one = await LeaseAsync(store), two = await LeaseAsync(store), three = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable heldByThree = await three.AcquireAsync(Conversation, Cancel);
        Task<IAsyncDisposable> waitingTwo = two.AcquireAsync(Conversation, Cancel);
        await WaitUntilAsync(async () => await Raw.SortedSetLengthAsync(LeaseKeyOf(store, Conversation) + ":queue") == 1);
        // Three lets go without writing; two is still queued (it polls) when one writes on trust.
        await Raw.KeyDeleteAsync(LeaseKeyOf(store, Conversation));
        IAsyncDisposable heldByOne = await one.AcquireKnownAsync(Conversation, () => true, Cancel);

        Assert.Null(await Assert.IsAssignableFrom<ILeaseWithState>(heldByOne).WriteAndReleaseAsync("from one", first, Cancel));

        Assert.Equal(new StoredState("1", first!), await store.ReadAsync(Conversation, Cancel));
        await heldByOne.DisposeAsync();
        await (await waitingTwo.WaitAsync(Wait, Cancel)).DisposeAsync();
        await heldByThree.DisposeAsync();
    }

    [Fact]
    public async Task AcquireKnown_AfterAConflict_ReadAgainTakesTheLeaseThenTheWriteLetsGo()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable held = await lease.AcquireKnownAsync(Conversation, () => true, Cancel);
        var turn = Assert.IsAssignableFrom<ILeaseWithState>(held);
        // Another instance wrote since this one's last write.
        string? other = await store.WriteAsync(Conversation, "other", first, Cancel);
        Assert.Null(await turn.WriteAndReleaseAsync("mine", first, Cancel));
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));

        StoredState? fresh = await turn.ReadAgainAsync(Cancel);

        Assert.Equal(new StoredState("other", other!), fresh);
        Assert.True(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        Assert.NotNull(await Raw.KeyTimeToLiveAsync(LeaseKeyOf(store, Conversation)));
        // A second read in the same turn keeps the lease and reads the store.
        Assert.Equal(fresh, await turn.ReadAgainAsync(Cancel));
        string? mine = await turn.WriteAndReleaseAsync("mine", other, Cancel);
        Assert.NotNull(mine);
        Assert.Equal(new StoredState("mine", mine), await store.ReadAsync(Conversation, Cancel));
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
        await held.DisposeAsync();
        Assert.False(await Raw.KeyExistsAsync(LeaseKeyOf(store, Conversation)));
    }

    [Fact]
    public async Task AcquireKnown_ReplyLostAndRetried_ReportsItsOwnWrite()
    {
        RedisConversationStateStore store = await StoreAsync();
        int calls = 0;
        // Call 1 is the write on trust; its reply is lost and the retry sends it again.
        ResiliencePipeline pipeline = LoseReply.InsideOneRetry(() => Interlocked.Increment(ref calls) == 1);
        RedisConversationLease lease = await LeaseAsync(store, pipeline);
        string? first = await store.WriteAsync(Conversation, "1", null, Cancel);
        IAsyncDisposable held = await lease.AcquireKnownAsync(Conversation, () => true, Cancel);

        string? second = await Assert.IsAssignableFrom<ILeaseWithState>(held).WriteAndReleaseAsync("2", first, Cancel);

        Assert.Equal(2, Volatile.Read(ref calls));
        Assert.NotNull(second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync(Conversation, Cancel));
        await held.DisposeAsync();
    }

    [Fact]
    public async Task AcquireKnown_SameProcess_TurnsStillQueueInOrder()
    {
        RedisConversationStateStore store = await StoreAsync();
        RedisConversationLease lease = await LeaseAsync(store);
        IAsyncDisposable first = await lease.AcquireKnownAsync(Conversation, () => true, Cancel);
        bool askedSecond = false;

        Task<IAsyncDisposable> next = lease.AcquireKnownAsync(Conversation, () => askedSecond = true, Cancel);
        await Task.Delay(300, Cancel);

        // The second is asked only when its turn has come (after the first has written and gone).
        Assert.False(next.IsCompleted);
        Assert.False(askedSecond);
        await first.DisposeAsync();
        await (await next.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.True(askedSecond);
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
