using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;

namespace CareerBot.Bot.Channels.Teams;

/// <summary>
/// Microsoft Teams ("msteams"). Personal chat runs the conversation, with the bot's @mention removed
/// and channelData (tenant, team) left as it came. Group chats and channels get one polite message
/// saying CareerBot works best one to one: a career conversation is personal, and answers in a shared
/// chat would be seen by everyone there.
/// </summary>
internal sealed class TeamsGate(ILogger<TeamsGate> logger) : IChannelGate
{
    public const string ChannelId = "msteams";
    public const string GroupChatMessageKey = "teams.group_chat";

    public ValueTask<GateDecision> InspectAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase))
            return ValueTask.FromResult(GateDecision.Continue(activity));
        return ValueTask.FromResult(IsShared(activity.Conversation) ? Shared(activity) : Personal(activity));
    }

    /// <summary>Group chat or team channel: Teams says so in conversationType, older payloads only in isGroup.</summary>
    public static bool IsShared(ConversationAccount? conversation) =>
        conversation is not null && (conversation.IsGroup == true
            || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));

    private GateDecision Shared(Activity activity)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message or ActivityTypes.Invoke:
                logger.LogInformation("Teams {ConversationId}: a message in a shared chat; asked to talk one to one",
                    activity.Conversation?.Id);
                return GateDecision.Answer(activity, [OneToOne()]);
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                // No welcome to a whole team or group (Teams' own advice for large teams), and none for each
                // person who joins: the first @mention gets the one-to-one message.
                return GateDecision.Answer(activity, []);
            default:
                return GateDecision.Continue(activity);
        }
    }

    private static GateDecision Personal(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => GateDecision.Continue(TeamsMentions.StripBotMention(activity)),
        ActivityTypes.ConversationUpdate => GateDecision.Continue(WithResidentAdded(activity)),
        // The welcome comes with the conversationUpdate that Teams sends on install; this one would greet twice.
        ActivityTypes.InstallationUpdate => GateDecision.Answer(activity, []),
        _ => GateDecision.Continue(activity),
    };

    /// <summary>
    /// On a personal install Teams may list only the bot in membersAdded. The resident who installed it is
    /// in "from"; adding them lets the usual rule (welcome each added member who is not the bot) greet them once.
    /// </summary>
    private static Activity WithResidentAdded(Activity activity)
    {
        var added = activity.MembersAdded;
        if (added is null || added.Count == 0 || !added.All(m => IsBot(m, activity))) return activity;
        if (activity.From is not { Id: { Length: > 0 } } from || IsBot(from, activity)) return activity;
        return activity with { MembersAdded = [.. added, from] };
    }

    /// <remarks>A null member (a hostile body; found by the fuzz test) is not the bot.</remarks>
    private static bool IsBot(ChannelAccount? member, Activity activity) =>
        member?.Id is not null && string.Equals(member.Id, activity.Recipient?.Id, StringComparison.Ordinal);

    private static Reply OneToOne() => new() { Text = MessageCatalogue.Default.Get(GroupChatMessageKey) };
}
