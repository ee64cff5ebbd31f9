namespace CareerBot.Bot.Operations;

/// <summary>Health, readiness and metrics.</summary>
internal static class OperationsRegistration
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapOperations(this WebApplication app) => app;
}
