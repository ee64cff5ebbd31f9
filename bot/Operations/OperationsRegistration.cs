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
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Liveness: the process serves HTTP. It runs no checks, so a slow Redis never gets a pod restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        // Readiness: every check tagged "ready" passes, so the load balancer sends traffic.
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
