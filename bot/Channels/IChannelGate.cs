using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Channels;

/// <summary>
/// Channel-specific handling before the conversation runs (e.g. Teams: strip the bot's @mention,
/// answer group chats politely). The pipeline calls every registered gate in order.
/// </summary>
public interface IChannelGate
{
    ValueTask<GateDecision> InspectAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>
/// Either go on with <see cref="Activity"/> (possibly rewritten), or skip the conversation and send
/// <see cref="Instead"/> (rendered for the channel like any reply). State is not touched when skipped.
/// </summary>
public sealed record GateDecision(Activity Activity, IReadOnlyList<Reply>? Instead = null)
{
    public static GateDecision Continue(Activity activity) => new(activity);
    public static GateDecision Answer(Activity activity, IReadOnlyList<Reply> replies) => new(activity, replies);
}
