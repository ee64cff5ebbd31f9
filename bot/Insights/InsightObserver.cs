using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Insights;

/// <summary>Counts each turn's anonymous signals into the <see cref="IInsightStore"/>.</summary>
internal sealed class InsightObserver(IInsightStore store, InsightCalendar calendar, RecentlyForgotten forgotten)
    : IActivityObserver
{
    public async ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound,
        IReadOnlyList<InsightSignal> signals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(signals);
        string channelId = inbound.ChannelId ?? "unknown";
        if (inbound.Conversation?.Id is not { Length: > 0 } conversationId || forgotten.Contains(channelId, conversationId))
            return;

        // A conversation counts from the resident's first message, not from a widget that was opened.
        bool residentWrote = inbound.Type == ActivityTypes.Message
            && !string.Equals(inbound.From?.Role, "bot", StringComparison.OrdinalIgnoreCase);
        IEnumerable<InsightFact> facts = signals.SelectMany(InsightFact.From);
        // Suggestions shown = the conversation got to its results: the last stage of "how far people get".
        if (signals.Any(s => s.Kind == InsightKinds.Shown))
            facts = facts.Append(new InsightFact(InsightKinds.Step, InsightKinds.ResultsStep));
        await store.RecordAsync(channelId, conversationId, calendar.Today, residentWrote, facts.Distinct().ToArray(),
            cancellationToken);
    }

    public async ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        forgotten.Add(channelId, conversationId);
        await store.ForgetAsync(channelId, conversationId, cancellationToken);
    }
}
