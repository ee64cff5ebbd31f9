using CareerBot.Bot.Channels.DirectLine;
using CareerBot.Bot.Channels.Sms;
using CareerBot.Bot.Channels.Teams;

namespace CareerBot.Bot.Channels;

/// <summary>Direct Line, web page, Teams, SMS.</summary>
internal static class ChannelsRegistration
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        builder.AddDirectLine();
        builder.AddTeamsChannel();
        builder.AddSmsChannel();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.MapDirectLine();
        app.MapSmsChannel();
        return app;
    }
}
