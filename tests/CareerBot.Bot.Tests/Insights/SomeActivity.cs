using System.Text.Json;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>Activities as a channel sends them and as the bot answers.</summary>
internal static class SomeActivity
{
    public const string BotId = "careerbot-app-id";

    public static Activity Message(string conversationId, string text, string userId = "user-1", string? userName = null,
        string channelId = "webchat", DateTimeOffset? at = null, object? value = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = conversationId + "|0000001",
        Timestamp = at,
        ChannelId = channelId,
        ServiceUrl = "https://europe.directline.botframework.com/",
        From = new ChannelAccount(userId, userName),
        Recipient = new ChannelAccount(BotId, "CareerBot"),
        Conversation = new ConversationAccount(conversationId, "Chat with " + userName) { TenantId = "tenant-123" },
        Text = text,
        Locale = "en-GB",
        Value = value is null ? null : JsonSerializer.SerializeToElement(value, BotJson.Options),
        ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "abc", device = "Priya's phone" }),
    };

    public static Activity Reply(string conversationId, string text, string userId = "user-1", bool question = true,
        params string[] buttons) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "webchat",
        From = new ChannelAccount(BotId, "CareerBot"),
        Recipient = new ChannelAccount(userId),
        Conversation = new ConversationAccount(conversationId),
        Text = text,
        InputHint = question ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        SuggestedActions = buttons.Length == 0 ? null : new SuggestedActions
        {
            Actions = buttons.Select(b => new CardAction
            {
                Type = "imBack", Title = b, Value = JsonSerializer.SerializeToElement(b),
            }).ToList(),
        },
    };

    public static Activity Typing(string conversationId) => new()
    {
        Type = ActivityTypes.Typing,
        From = new ChannelAccount(BotId, "CareerBot"),
        Conversation = new ConversationAccount(conversationId),
    };
}
