using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>Outgoing activities as the pipeline builds them.</summary>
internal static class SomeReply
{
    public static Activity To(string serviceUrl, string conversationId, string text, string? replyToId = "in-1") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "emulator",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("bot", "CareerBot"),
        Recipient = new ChannelAccount("user-1", "User"),
        ReplyToId = replyToId,
        Text = text,
        InputHint = InputHints.AcceptingInput,
    };
}
