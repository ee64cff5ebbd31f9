namespace CareerBot.Bot.Protocol;

/// <summary>Activity protocol: /api/messages, auth, connector client.</summary>
internal static class ProtocolRegistration
{
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapBotProtocol(this WebApplication app) => app;
}
