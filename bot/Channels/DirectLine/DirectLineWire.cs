using System.Text.Json.Serialization;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>Direct Line 3.0 "Conversation": the answer of tokens/*, POST conversations and reconnect.</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>Direct Line 3.0 "ActivitySet": activities and the watermark after them.</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>The optional body of tokens/generate and POST conversations.</summary>
internal sealed record TokenParameters
{
    [JsonPropertyName("user")] public ChannelAccount? User { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
}
