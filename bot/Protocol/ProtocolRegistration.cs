using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Bot.Protocol;

/// <summary>Activity protocol: /api/messages, the turn pipeline, auth, connector client.</summary>
internal static class ProtocolRegistration
{
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotAuthentication();
        services.AddConnector();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WrittenRecords>();
        services.AddSingleton<IActivityProcessor, ActivityPipeline>();
        return builder;
    }

    public static WebApplication MapBotProtocol(this WebApplication app)
    {
        // Last resort only: the endpoint answers every expected problem itself.
        app.UseExceptionHandler();
        app.MapMessages();
        return app;
    }
}
