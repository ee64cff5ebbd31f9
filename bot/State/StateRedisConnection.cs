using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerBot.Bot.State;

/// <summary>
/// The one Redis connection of the process (state, leases and the insight counts share it), opened on
/// first use. It never gives up: abortConnect=false starts it even while Redis is down, and it
/// reconnects by itself when Redis comes back.
/// </summary>
internal sealed class StateRedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> connection;

    public StateRedisConnection(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string configuration = options.Value.Redis
            ?? throw new InvalidOperationException("Storage__Redis is not set.");
        connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(Configure(configuration)));
    }

    public IConnectionMultiplexer Connection => connection.Value;

    /// <summary>Whether the connection has been made (it is made once, on first use or at start).</summary>
    public bool IsCreated => connection.IsValueCreated;

    /// <summary>The configuration string with what a self-healing connection needs.</summary>
    public static ConfigurationOptions Configure(string configuration)
    {
        ConfigurationOptions options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        // Fail at once while disconnected: the state pipeline retries briefly, then the bot answers 503,
        // rather than every turn waiting in a backlog for the full timeout.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        if (!configuration.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
            options.AsyncTimeout = 2000;
        if (!configuration.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
            options.ConnectTimeout = 3000;
        return options;
    }

    public void Dispose()
    {
        if (connection.IsValueCreated)
            connection.Value.Dispose();
    }
}
