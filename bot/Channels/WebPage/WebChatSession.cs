using System.Text.Json.Serialization;

namespace CareerBot.Bot.Channels.WebPage;

/// <summary>What the page needs to start Web Chat: a conversation token, the user it names, and where Direct Line is.</summary>
internal sealed record WebChatSession(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("webSocket")] bool WebSocket);
