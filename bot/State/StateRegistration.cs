using CareerBot.Bot.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state store and per-conversation lease: SQLite file and in-process lease by default,
/// Redis store and Redis lease when Storage:Kind is redis. Chosen when first resolved, from the bound options.
/// </summary>
internal static class StateRegistration
{
    public const string HealthCheckName = "state";

    /// <summary>Read when Storage:Redis is empty.</summary>
    public const string LegacyRedisKey = "Redis:ConnectionString";

    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                // Redis:ConnectionString is the key earlier builds and deployment files used.
                if (string.IsNullOrWhiteSpace(options.Redis))
                    options.Redis = configuration[LegacyRedisKey];
            })
            .ValidateDataAnnotations()
            .Validate(options => !options.UsesRedis || !string.IsNullOrWhiteSpace(options.Redis),
                "Storage__Kind is redis but Storage__Redis (the StackExchange.Redis configuration string) is empty.")
            .ValidateOnStart();

        services.AddSingleton<StateRedisConnection>();
        services.AddKeyedSingleton(StateResilience.RedisPipeline, (provider, _) => StateResilience.Create(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StateResilience).FullName!)));
        services.AddSingleton(CreateStore);
        services.AddSingleton(CreateLease);
        services.AddHostedService<StateExpiryService>();
        services.AddHealthChecks().AddCheck<StateHealthCheck>(HealthCheckName, tags: [OperationsRegistration.ReadyTag]);
        return builder;
    }

    private static IConversationStateStore CreateStore(IServiceProvider services)
    {
        StorageOptions options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.UsesRedis)
        {
            var redis = services.GetRequiredService<StateRedisConnection>();
            return new RedisConversationStateStore(() => redis.Connection, options.IdleTime,
                services.GetRequiredKeyedService<ResiliencePipeline>(StateResilience.RedisPipeline));
        }
        string path = StatePaths.Sqlite(services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        return new SqliteConversationStateStore(path, options.IdleTime, services.GetRequiredService<TimeProvider>());
    }

    private static IConversationLease CreateLease(IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesRedis)
            return new InProcessConversationLease();
        var redis = services.GetRequiredService<StateRedisConnection>();
        return new RedisConversationLease(() => redis.Connection,
            services.GetRequiredKeyedService<ResiliencePipeline>(StateResilience.RedisPipeline),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<RedisConversationLease>>());
    }
}
