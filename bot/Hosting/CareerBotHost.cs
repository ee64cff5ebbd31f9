using CareerBot.Bot.Channels;
using CareerBot.Bot.Conversation;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Operations;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Search;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Hosting;

/// <summary>Wiring of the whole bot. Each area registers itself; this file only lists them.</summary>
public static class CareerBotHost
{
    public static WebApplicationBuilder AddCareerBot(this WebApplicationBuilder builder)
    {
        builder.UseDefaultAddress();
        builder.AddProxyHeaders();
        builder.AddBotProtocol();
        builder.AddConversationState();
        builder.AddCatalogueIndex();
        builder.AddGuidedConversation();
        builder.AddChannels();
        builder.AddInsights();
        builder.AddOperations();
        return builder;
    }

    public static WebApplication MapCareerBot(this WebApplication app)
    {
        app.UseProxyHeaders();
        app.MapOperations();
        app.MapBotProtocol();
        app.MapChannels();
        app.MapInsights();
        return app;
    }
}
