using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerBot.Bot.Insights;

/// <summary>Chooses the insight store from Insights__Store (and Storage__Kind when it is "Auto").</summary>
internal static class InsightsStoreFactory
{
    public static IInsightStore Create(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        InsightsOptions options = services.GetRequiredService<IOptions<InsightsOptions>>().Value;
        string? redis = string.IsNullOrWhiteSpace(options.RedisConnectionString)
            ? configuration["Redis:ConnectionString"]
            : options.RedisConnectionString;
        bool useRedis = options.Store.ToLowerInvariant() switch
        {
            "redis" => true,
            "sqlite" => false,
            _ => string.Equals(configuration["Storage:Kind"], "Redis", StringComparison.OrdinalIgnoreCase)
                 && !string.IsNullOrWhiteSpace(redis),
        };
        if (!useRedis)
            return new SqliteInsightStore(InsightsPaths.Database(configuration, options));

        // Share the state store's connection when one is registered; otherwise open one on first use.
        if (services.GetService<IConnectionMultiplexer>() is { } shared)
            return new RedisInsightStore(() => Task.FromResult(shared));
        if (string.IsNullOrWhiteSpace(redis))
            throw new OptionsValidationException(InsightsOptions.Section, typeof(InsightsOptions),
                ["Insights__Store is Redis but neither Insights__RedisConnectionString nor Redis__ConnectionString is set."]);
        // AbortOnConnectFail off: the connection comes back by itself after Redis restarts.
        ConfigurationOptions redisOptions = ConfigurationOptions.Parse(redis);
        redisOptions.AbortOnConnectFail = false;
        var connection = new Lazy<Task<IConnectionMultiplexer>>(
            async () => await ConnectionMultiplexer.ConnectAsync(redisOptions));
        return new RedisInsightStore(() => connection.Value);
    }
}
