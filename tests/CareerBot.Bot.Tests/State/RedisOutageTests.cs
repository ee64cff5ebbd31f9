using System.Diagnostics;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>Redis stops and comes back under a store that is in use (a persistent redis-server, killed and restarted).</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private RedisServer server = null!;
    private ConnectionMultiplexer connection = null!;
    private RedisConversationStateStore store = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await RedisServer.StartAsync(persistent: true, Cancel);
        connection = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(server.ConnectionString));
        store = new RedisConversationStateStore(() => connection, TimeSpan.FromDays(30),
            StateResilience.Create(TimeProvider.System, NullLogger.Instance));
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task RedisDown_CallsFailFastWithStateUnavailable_ThenRecoverByThemselvesWithStateIntact()
    {
        string? etag = await store.WriteAsync("conv", "answers so far", null, Cancel);

        await server.StopAsync();

        var timer = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ReadAsync("conv", Cancel));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.WriteAsync("conv", "lost?", etag, Cancel));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ProbeAsync(Cancel));
        // Short retries, not a hang: the channel gets its 503 well before it gives up on the request.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(20), $"Took {timer.Elapsed} to give up.");

        await server.RestartAsync(Cancel);

        StoredState? read = await EventuallyAsync(() => store.ReadAsync("conv", Cancel));
        Assert.Equal(new StoredState("answers so far", etag!), read);
        string? next = await store.WriteAsync("conv", "one more answer", etag, Cancel);
        Assert.NotNull(next);
    }

    [Fact]
    public async Task RedisDownAtStart_ConnectionComesUpWhenRedisDoes()
    {
        await server.StopAsync();
        ConnectionMultiplexer late = await ConnectionMultiplexer.ConnectAsync(StateRedisConnection.Configure(server.ConnectionString));
        await using (late)
        {
            var lateStore = new RedisConversationStateStore(() => late, TimeSpan.FromDays(30),
                StateResilience.Create(TimeProvider.System, NullLogger.Instance));
            await Assert.ThrowsAsync<StateUnavailableException>(() => lateStore.WriteAsync("conv", "x", null, Cancel));

            await server.RestartAsync(Cancel);

            string? etag = await EventuallyAsync(() => lateStore.WriteAsync("conv", "x", "*", Cancel));
            Assert.NotNull(etag);
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (StateUnavailableException) when (waited.Elapsed < Wait)
            {
                await Task.Delay(200, Cancel);
            }
        }
    }
}
