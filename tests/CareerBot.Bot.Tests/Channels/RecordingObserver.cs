using System.Collections.Concurrent;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Tests.Channels;

/// <summary>An activity observer that keeps each inbound activity as the pipeline passes it on (after the channel gates).</summary>
internal sealed class RecordingObserver : IActivityObserver
{
    public ConcurrentQueue<Activity> Inbound { get; } = new();

    public ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound, IReadOnlyList<InsightSignal> signals,
        CancellationToken cancellationToken)
    {
        Inbound.Enqueue(inbound);
        return ValueTask.CompletedTask;
    }

    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
