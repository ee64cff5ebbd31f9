using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// Builds activities the way the Bot Framework Emulator sends them for one conversation: channelId
/// "emulator", a fresh conversation id, the user and bot accounts, ids, timestamps, locale, and the
/// sink's address as serviceUrl.
/// </summary>
public sealed class EmulatorChannel(string serviceUrl, string channelId = "emulator")
{
    private int _sequence;

    public string ChannelId { get; } = channelId;
    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..12];
    public ChannelAccount User { get; } = new("user-" + Guid.NewGuid().ToString("N")[..8], "User") { Role = "user" };
    public ChannelAccount Bot { get; } = new("bot-careerbot", "Bot") { Role = "bot" };
    public string ServiceUrl { get; } = serviceUrl;

    /// <summary>The Emulator's start: one conversationUpdate with the user and the bot in membersAdded.</summary>
    public Activity Join() => Stamp(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [User, Bot] });

    public Activity Message(string text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Any activity with this conversation's addressing and a new id.</summary>
    public Activity Stamp(Activity partial)
    {
        var n = Interlocked.Increment(ref _sequence);
        var now = DateTimeOffset.UtcNow;
        return partial with
        {
            Id = $"{ConversationId}|{n:0000000}",
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            From = User,
            Recipient = Bot,
            Conversation = new ConversationAccount(ConversationId),
            Timestamp = now,
            LocalTimestamp = now.ToOffset(TimeSpan.FromHours(1)),
            Locale = "en-GB",
        };
    }
}
