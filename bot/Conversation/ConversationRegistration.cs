namespace CareerBot.Bot.Conversation;

/// <summary>The guided conversation (IConversationEngine) and channel rendering.</summary>
internal static class ConversationRegistration
{
    public static WebApplicationBuilder AddGuidedConversation(this WebApplicationBuilder builder) => builder;
}
