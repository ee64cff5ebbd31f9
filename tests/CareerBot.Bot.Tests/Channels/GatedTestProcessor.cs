using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Conversation;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Channels;

/// <summary>
/// A small IActivityProcessor for channel tests until the host's ActivityPipeline is on main: every registered
/// gate, then the program's conversation engine and reply renderer, with state kept per conversation in memory.
/// </summary>
internal sealed class GatedTestProcessor(IServiceProvider services) : IActivityProcessor
{
    private readonly ConcurrentDictionary<string, DialogSnapshot?> _state = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Every inbound activity as the conversation saw it (after the gates).</summary>
    public ConcurrentQueue<Activity> Seen { get; } = new();

    public async Task<ProcessResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<Reply>? instead = null;
            foreach (var gate in services.GetServices<IChannelGate>())
            {
                var decision = await gate.InspectAsync(activity, cancellationToken);
                activity = decision.Activity;
                if (decision.Instead is not null) { instead = decision.Instead; break; }
            }
            var channel = activity.ChannelId ?? "test";
            var renderer = services.GetRequiredService<IReplyRenderer>();
            if (instead is not null) return new ProcessResult(200, Stamp(renderer.Render(instead, channel), activity));
            Seen.Enqueue(activity);

            var isStart = activity.Type == ActivityTypes.ConversationUpdate
                && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
            if (activity.Type != ActivityTypes.Message && !isStart) return new ProcessResult(200, []);
            var id = activity.Conversation?.Id ?? "c1";
            var turn = new Turn
            {
                Text = activity.Text ?? "",
                ValueJson = activity.Value is { } v ? JsonSerializer.Serialize(v) : null,
                LocalTime = activity.Timestamp ?? DateTimeOffset.UtcNow,
                Channel = ChannelKinds.From(channel),
                ConversationId = id,
                IsConversationStart = isStart,
            };
            var engine = services.GetRequiredService<IConversationEngine>();
            var outcome = await engine.RunTurnAsync(turn, _state.GetValueOrDefault(id), cancellationToken);
            _state[id] = outcome.State;
            return new ProcessResult(200, Stamp(renderer.Render(outcome.Replies, channel), activity));
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static List<Activity> Stamp(IReadOnlyList<Activity> replies, Activity inbound) =>
        replies.Select(r => r with
        {
            ChannelId = inbound.ChannelId, Conversation = inbound.Conversation, From = inbound.Recipient,
            Recipient = inbound.From, ReplyToId = inbound.Id, ServiceUrl = null,
        }).ToList();
}
