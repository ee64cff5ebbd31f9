using CareerBot.Bot.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state store and per-conversation lease: SQLite file and in-process lease by default,
/// Redis store and Redis lease when Storage:Kind is redis. Chosen when first resolved, from the bound options.
/// </summary>
internal static class StateRegistration
{
    public const string HealthCheckName = "state";

    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => !options.UsesRedis || !string.IsNullOrWhiteSpace(options.Redis),
                "Storage__Kind is redis but Storage__Redis (the StackExchange.Redis configuration string) is empty.")
            .ValidateOnStart();

        services.AddSingleton(CreateStore);
        services.AddSingleton(CreateLease);
        services.AddHostedService<StateExpiryService>();
        services.AddHealthChecks().AddCheck<StateHealthCheck>(HealthCheckName, tags: [OperationsRegistration.ReadyTag]);
        return builder;
    }

    private static IConversationStateStore CreateStore(IServiceProvider services)
    {
        StorageOptions options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        string path = StatePaths.Sqlite(services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        return new SqliteConversationStateStore(path, options.IdleTime, services.GetRequiredService<TimeProvider>());
    }

    private static IConversationLease CreateLease(IServiceProvider services) => new InProcessConversationLease();
}
