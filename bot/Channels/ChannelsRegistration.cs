using CareerBot.Bot.Channels.DirectLine;

namespace CareerBot.Bot.Channels;

/// <summary>Direct Line, web page, Teams, SMS.</summary>
internal static class ChannelsRegistration
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        builder.AddDirectLine();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.MapDirectLine();
        return app;
    }
}
