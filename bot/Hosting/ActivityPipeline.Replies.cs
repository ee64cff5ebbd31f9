using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Hosting;

internal sealed partial class ActivityPipeline
{
    /// <summary>
    /// Addresses the bot's activities as replies to <paramref name="inbound"/>: a new id, the time,
    /// from = the inbound recipient (the bot), recipient = the inbound sender, the same conversation,
    /// channel and serviceUrl, replyToId = the inbound id, and the inbound locale.
    /// </summary>
    private List<Activity> Stamp(IReadOnlyList<Activity> activities, Activity inbound)
    {
        var now = time.GetUtcNow();
        var locale = string.IsNullOrWhiteSpace(inbound.Locale) ? "en-GB" : inbound.Locale;
        var bot = inbound.Recipient is { } r ? r with { Role = r.Role ?? "bot" } : null;
        var user = inbound.From is { } f ? f with { Role = f.Role ?? "user" } : null;
        var stamped = new List<Activity>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            stamped.Add(activities[i] with
            {
                Id = Guid.CreateVersion7().ToString("N"),
                // One tick apart, so a transcript keeps the order of a turn's replies.
                Timestamp = now.AddTicks(i),
                From = bot,
                Recipient = user,
                Conversation = inbound.Conversation,
                ChannelId = inbound.ChannelId,
                ServiceUrl = inbound.ServiceUrl,
                ReplyToId = inbound.Id,
                Locale = locale,
            });
        }
        return stamped;
    }

    /// <summary>Queues the replies for the connector, unless they go back in the HTTP response (expectReplies).</summary>
    private async Task DeliverAsync(IReadOnlyList<Activity> replies, bool expectReplies, Activity inbound, CancellationToken cancellationToken)
    {
        if (expectReplies || replies.Count == 0) return;
        await sender.EnqueueAsync(replies, cancellationToken);
        LogQueued(logger, replies.Count, inbound.Conversation!.Id);
    }

    /// <summary>Side work (typing, apologies): a failure is logged and never breaks the turn.</summary>
    private async Task TrySendAsync(IReadOnlyList<Activity> activities, Activity inbound, CancellationToken cancellationToken)
    {
        try
        {
            await sender.EnqueueAsync(activities, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSideWorkFailed(logger, ex, inbound.Conversation!.Id);
        }
    }

    /// <summary>A short plain apology to the resident; returned for expectReplies, otherwise queued.</summary>
    private async Task<IReadOnlyList<Activity>> ApologiseAsync(Activity inbound, string messageKey, bool expectReplies,
        CancellationToken cancellationToken)
    {
        var apology = Stamp(renderer.Render([new Reply { Text = _messages.Get(messageKey) }], inbound.ChannelId!), inbound);
        if (!expectReplies)
            await TrySendAsync(apology, inbound, cancellationToken);
        return apology;
    }

    private async Task ObserveAsync(Activity inbound, IReadOnlyList<Activity> outbound, IReadOnlyList<InsightSignal> signals,
        CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnTurnAsync(inbound, outbound, signals, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(logger, ex, observer.GetType().Name, inbound.Conversation!.Id);
            }
        }
    }

    private async Task ForgetAsync(Activity inbound, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.ForgetAsync(inbound.ChannelId!, inbound.Conversation!.Id!, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(logger, ex, observer.GetType().Name, inbound.Conversation!.Id);
            }
        }
    }
}
