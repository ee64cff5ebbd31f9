using CareerBot.Bot.Operations;
using CareerBot.Bot.Operations.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state store and per-conversation lease: SQLite file and in-process lease by default,
/// Redis store and Redis lease when Storage:Kind is redis. Chosen when first resolved, from the bound options.
/// The store and lease everyone resolves are timed for /metrics; the chosen ones themselves are keyed
/// <see cref="Backing"/>, for what needs the concrete type (the SQLite purge, the readiness probe).
/// </summary>
internal static class StateRegistration
{
    public const string HealthCheckName = "state";

    /// <summary>Read when Storage:Redis is empty.</summary>
    public const string LegacyRedisKey = "Redis:ConnectionString";

    /// <summary>Service key of the store and lease as chosen, without the timing decorators.</summary>
    public const string Backing = "state-backing";

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
        services.AddHostedService<StateRedisStartup>();
        services.AddKeyedSingleton(StateResilience.RedisPipeline, (provider, _) => StateResilience.Create(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StateResilience).FullName!)));
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddKeyedSingleton(Backing, (provider, _) => CreateStore(provider));
        services.AddKeyedSingleton(Backing, (provider, _) => CreateLease(provider));
        // Registered after the keyed ones: a test that decorates "the last registration" wraps these.
        services.AddSingleton<IConversationStateStore>(provider => new TimedConversationStateStore(
            provider.GetRequiredKeyedService<IConversationStateStore>(Backing), StoreLabel(provider), provider.GetRequiredService<BotMetrics>()));
        services.AddSingleton<IConversationLease>(provider => new TimedConversationLease(
            provider.GetRequiredKeyedService<IConversationLease>(Backing), StoreLabel(provider), provider.GetRequiredService<BotMetrics>()));
        services.AddHostedService<StateExpiryService>();
        services.AddHealthChecks().AddCheck<StateHealthCheck>(HealthCheckName, tags: [OperationsRegistration.ReadyTag]);
        return builder;
    }

    private static string StoreLabel(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesRedis ? StoreLabels.Redis : StoreLabels.Sqlite;

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
        // Given the store, taking the lease also reads the state: one round trip a turn fewer.
        return new RedisConversationLease(() => redis.Connection,
            services.GetRequiredKeyedService<ResiliencePipeline>(StateResilience.RedisPipeline),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<RedisConversationLease>>(),
            state: services.GetRequiredKeyedService<IConversationStateStore>(Backing) as RedisConversationStateStore);
    }
}
