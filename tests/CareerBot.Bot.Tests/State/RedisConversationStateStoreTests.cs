using System.Diagnostics;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using StackExchange.Redis;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>
/// The store contract on a real redis-server. Time passes for expiry by taking that much off every state
/// key's TTL, as the clock would (one test below also waits for a real, short TTL to run out).
/// </summary>
public sealed class RedisConversationStateStoreTests(RedisFixture redis) : ConversationStateStoreContract, IClassFixture<RedisFixture>
{
    private readonly List<ConnectionMultiplexer> connections = [];

    private RedisServer Server => redis.Server;

    protected override async Task<IConversationStateStore> OpenAsync()
    {
        // A new connection per store: what another instance (or a restarted one) has.
        ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(Server.ConnectionString));
        connections.Add(connection);
        return new RedisConversationStateStore(() => connection, IdleTime, Pipeline());
    }

    private static ResiliencePipeline Pipeline() => StateResilience.Create(TimeProvider.System, NullLogger.Instance);

    protected override async Task PassTimeAsync(TimeSpan time)
    {
        IServer server = Server.Connection.GetServer(Server.ConnectionString);
        IDatabase database = Server.Connection.GetDatabase();
        await foreach (RedisKey key in server.KeysAsync(pattern: RedisConversationStateStore.DefaultPrefix + "*"))
        {
            TimeSpan? left = await database.KeyTimeToLiveAsync(key);
            Assert.NotNull(left); // every state key has a TTL
            if (left.Value <= time)
                await database.KeyDeleteAsync(key);
            else
                await database.KeyExpireAsync(key, left.Value - time);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (ConnectionMultiplexer connection in connections)
            await connection.DisposeAsync();
    }

    [Fact]
    public async Task Write_SetsTheTtlToTheIdleTime()
    {
        await Store.WriteAsync(Key("a"), "x", null, Cancel);

        TimeSpan? left = await Server.Connection.GetDatabase().KeyTimeToLiveAsync(RedisConversationStateStore.DefaultPrefix + Key("a"));

        Assert.NotNull(left);
        Assert.InRange(left.Value, IdleTime - TimeSpan.FromMinutes(5), IdleTime);
    }

    [Fact]
    public async Task Expiry_ShortRealIdleTime_RedisForgetsTheKey()
    {
        ConnectionMultiplexer connection = connections[0];
        var store = new RedisConversationStateStore(() => connection, TimeSpan.FromMilliseconds(300), Pipeline());
        await store.WriteAsync(Key("short"), "x", null, Cancel);
        RedisKey raw = RedisConversationStateStore.DefaultPrefix + Key("short");

        var waited = Stopwatch.StartNew();
        while (await Server.Connection.GetDatabase().KeyExistsAsync(raw) && waited.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(50, Cancel);

        Assert.False(await Server.Connection.GetDatabase().KeyExistsAsync(raw));
        Assert.Null(await store.ReadAsync(Key("short"), Cancel));
    }

    [Fact]
    public async Task Write_RetriedAfterALostReply_ReportsItsOwnWriteAsDone()
    {
        // The first attempt lands but its reply is lost (the connection breaks); Polly sends it again.
        ConnectionMultiplexer connection = connections[0];
        int attempts = 0;
        ResiliencePipeline pipeline = LoseReply.InsideOneRetry(() => ++attempts == 1);
        var store = new RedisConversationStateStore(() => connection, IdleTime, pipeline);
        string? first = await Store.WriteAsync(Key("a"), "one", null, Cancel);

        string? second = await store.WriteAsync(Key("a"), "two", first, Cancel);

        Assert.Equal(2, attempts);
        Assert.NotNull(second);
        Assert.Equal(new StoredState("two", second), await Store.ReadAsync(Key("a"), Cancel));
    }
}
