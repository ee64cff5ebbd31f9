using Microsoft.Extensions.Options;

namespace CareerBot.Bot.State;

/// <summary>
/// With state in Redis, opens the connection while the bot starts, before it takes traffic. Made by the first turn
/// instead, under load, the connect could time out (its handshake waits on a busy thread pool); with fail-fast
/// commands every turn then answered 503 until the next reconnect, which a scale run met as a burst of a thousand 503s.
/// When Redis is down at start the bot still starts (the connection keeps trying) and /readyz says not ready.
/// </summary>
internal sealed class StateRedisStartup(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.UsesRedis)
            return;
        StateRedisConnection redis = services.GetRequiredService<StateRedisConnection>();
        // Connect is synchronous (abortConnect=false: it returns after the connect timeout even when Redis is down).
        await Task.Run(() => redis.Connection, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
