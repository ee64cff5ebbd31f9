namespace CareerBot.Bot.Channels;

/// <summary>Direct Line, web page, Teams, SMS.</summary>
internal static class ChannelsRegistration
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapChannels(this WebApplication app) => app;
}
