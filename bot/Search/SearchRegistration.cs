using CareerBot.Bot.Operations.Metrics;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Search;

/// <summary>The catalogue index: build at start-up when missing or stale, reload, ICatalogueSearch.</summary>
internal static class SearchRegistration
{
    /// <summary>Name of the readiness check; tagged "ready" so /readyz can include it.</summary>
    public const string HealthCheckName = "index loaded";

    public static WebApplicationBuilder AddCatalogueIndex(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchIndexOptions>().BindConfiguration("SearchIndex");
        services.TryAddSingletonTimeProvider();
        services.AddSingleton(sp => new CatalogueIndexManager(
            sp.GetRequiredService<IOptions<SearchIndexOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CatalogueIndexManager>>()));
        services.AddSingleton(sp => sp.GetRequiredService<CatalogueIndexManager>().Holder);
        services.AddSingleton<ICatalogueSearch>(sp => new TimedCatalogueSearch(
            new CatalogueSearch(sp.GetRequiredService<CatalogueIndexHolder>(), sp.GetRequiredService<ILogger<CatalogueSearch>>()),
            sp.GetRequiredService<BotMetrics>()));
        services.AddSingleton<IReadOnlyList<KnownPlace>>(sp => sp.GetRequiredService<CatalogueIndexManager>().LoadData().Places);
        services.AddSingleton(sp => new PlaceFinder(sp.GetRequiredService<IReadOnlyList<KnownPlace>>()));
        services.AddHostedService<CatalogueIndexStartup>();
        services.AddHealthChecks().AddCheck<CatalogueIndexHealthCheck>(HealthCheckName, tags: ["ready"]);
        return builder;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}

/// <summary>Builds (when missing or older than the data) and loads the index as the host starts, then watches for changes.</summary>
internal sealed class CatalogueIndexStartup(CatalogueIndexManager manager, ILogger<CatalogueIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await manager.ReloadAsync(cancellationToken);
        if (!manager.IsLoaded)
            logger.LogError("The catalogue index is not loaded; readiness will fail: {Error}", manager.LastError);
        manager.StartWatching();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Healthy once an index is loaded; says which data version is serving.</summary>
internal sealed class CatalogueIndexHealthCheck(CatalogueIndexManager manager) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = manager.Holder.Current;
        if (current is null)
            return Task.FromResult(HealthCheckResult.Unhealthy("The catalogue index is not loaded."));
        var data = new Dictionary<string, object>
        {
            ["dataVersion"] = current.DataVersion,
            ["roles"] = current.RoleCount,
            ["courses"] = current.CourseCount,
            ["generation"] = manager.Generation,
        };
        return Task.FromResult(manager.LastError is null
            ? HealthCheckResult.Healthy("The catalogue index is loaded.", data)
            : HealthCheckResult.Degraded("An older catalogue index is serving; the last reload failed.", null, data));
    }
}
