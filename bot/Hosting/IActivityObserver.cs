using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// Side work that watches the traffic (transcripts, insights, metrics). The pipeline calls every
/// registered observer after each turn; an observer that throws is logged and never breaks the turn.
/// </summary>
public interface IActivityObserver
{
    /// <param name="inbound">The resident's activity as received.</param>
    /// <param name="outbound">The bot's activities for that turn, as sent (addressing stamped).</param>
    /// <param name="signals">Anonymous insight signals from the dialogs for that turn.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound, IReadOnlyList<InsightSignal> signals,
        CancellationToken cancellationToken);

    /// <summary>The resident asked to be forgotten: delete what this observer keeps for the conversation.</summary>
    ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
