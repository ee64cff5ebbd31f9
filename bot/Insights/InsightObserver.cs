using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Insights;

/// <summary>Counts each turn's anonymous signals into the <see cref="InsightStore"/>.</summary>
internal sealed class InsightObserver(InsightStore store, InsightCalendar calendar) : IActivityObserver
{
    public async ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound,
        IReadOnlyList<InsightSignal> signals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(signals);
        if (inbound.Conversation?.Id is not { Length: > 0 } conversationId)
            return;

        // A conversation counts from the resident's first message, not from a widget that was opened.
        bool residentWrote = inbound.Type == ActivityTypes.Message
            && !string.Equals(inbound.From?.Role, "bot", StringComparison.OrdinalIgnoreCase);
        InsightFact[] facts = signals.SelectMany(InsightFact.From).Distinct().ToArray();
        await store.RecordAsync(inbound.ChannelId ?? "unknown", conversationId, calendar.Today, residentWrote, facts,
            cancellationToken);
    }

    public async ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        await store.ForgetAsync(channelId, conversationId, cancellationToken);
}
