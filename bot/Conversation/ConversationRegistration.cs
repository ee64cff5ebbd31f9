using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bot.Conversation;

/// <summary>The guided conversation (IConversationEngine) and channel rendering.</summary>
internal static class ConversationRegistration
{
    public static WebApplicationBuilder AddGuidedConversation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IReplyRenderer, ChannelReplyRenderer>();
        builder.Services.AddSingleton<IConversationEngine>(sp => new ConversationEngine(
            sp.GetRequiredService<ICatalogueSearch>(),
            sp.GetRequiredService<IReadOnlyList<KnownPlace>>(),
            sp.GetRequiredService<ILogger<ConversationEngine>>()));
        return builder;
    }
}
