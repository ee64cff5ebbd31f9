namespace CareerBot.Bot.State;

/// <summary>Conversation state store (SQLite by default, Redis by setting).</summary>
internal static class StateRegistration
{
    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder) => builder;
}
