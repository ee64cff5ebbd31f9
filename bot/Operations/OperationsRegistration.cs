using CareerBot.Bot.Operations.Metrics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CareerBot.Bot.Operations;

/// <summary>Health, readiness and metrics.</summary>
internal static class OperationsRegistration
{
    /// <summary>Tag of the checks /readyz runs (the catalogue index, the state store).</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<PrometheusExporter>();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Liveness: the process serves HTTP. It runs no checks, so a slow Redis never gets a pod restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        // Readiness: every check tagged "ready" passes, so the load balancer sends traffic.
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.Services.GetRequiredService<PrometheusExporter>(); // listen from the start, not from the first scrape
        // Prometheus scrape: turns, turn latency, errors, store and index timings, HTTP requests.
        app.MapGet("/metrics", (PrometheusExporter exporter) =>
            Results.Text(exporter.Write(), "text/plain; version=0.0.4; charset=utf-8"));
        return app;
    }
}
