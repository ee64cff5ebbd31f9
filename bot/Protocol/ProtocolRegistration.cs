using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;

namespace CareerBot.Bot.Protocol;

/// <summary>Activity protocol: /api/messages, auth, connector client.</summary>
internal static class ProtocolRegistration
{
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotAuthentication();
        builder.Services.AddConnector();
        return builder;
    }

    public static WebApplication MapBotProtocol(this WebApplication app) => app;
}
