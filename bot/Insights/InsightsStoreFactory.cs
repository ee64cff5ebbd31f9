using CareerBot.Bot.State;
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
        // Storage:Redis is the state's connection; Redis:ConnectionString is what earlier builds read.
        string? redis = new[] { options.RedisConnectionString, configuration["Storage:Redis"], configuration["Redis:ConnectionString"] }
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        bool useRedis = options.Store.ToLowerInvariant() switch
        {
            "redis" => true,
            "sqlite" => false,
            _ => StateInRedis(configuration) && !string.IsNullOrWhiteSpace(redis),
        };
        if (!useRedis)
            return new SqliteInsightStore(InsightsPaths.Database(configuration, options));

        // Share the state store's connection when one is registered; otherwise open one on first use.
        if (services.GetService<IConnectionMultiplexer>() is { } shared)
            return new RedisInsightStore(() => Task.FromResult(shared));
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString) && StateInRedis(configuration)
            && services.GetService<StateRedisConnection>() is { } state)
            return new RedisInsightStore(() => Task.FromResult(state.Connection));
        if (string.IsNullOrWhiteSpace(redis))
            throw new OptionsValidationException(InsightsOptions.Section, typeof(InsightsOptions),
                ["Insights__Store is Redis but neither Insights__RedisConnectionString nor Storage__Redis (formerly Redis__ConnectionString) is set."]);
        // AbortOnConnectFail off: the connection comes back by itself after Redis restarts.
        ConfigurationOptions redisOptions = ConfigurationOptions.Parse(redis);
        redisOptions.AbortOnConnectFail = false;
        var connection = new Lazy<Task<IConnectionMultiplexer>>(
            async () => await ConnectionMultiplexer.ConnectAsync(redisOptions));
        return new RedisInsightStore(() => connection.Value);
    }

    private static bool StateInRedis(IConfiguration configuration) =>
        string.Equals(configuration["Storage:Kind"], "Redis", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(configuration["Storage:Redis"] ?? configuration["Redis:ConnectionString"]);
}
