using CareerBot.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Bot.Protocol;

/// <summary>Activity protocol: /api/messages, the turn pipeline, auth, connector client.</summary>
internal static class ProtocolRegistration
{
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IActivityProcessor, ActivityPipeline>();

        // Stand-ins until the connector area registers the real ones (theirs win: TryAdd here).
        services.TryAddSingleton<IInboundAuthenticator, LocalModeAuthenticator>();
        services.AddHttpClient(nameof(BasicReplySender));
        services.TryAddSingleton<IReplySender, BasicReplySender>();
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
