namespace CareerBot.Bot.Protocol;

/// <summary>
/// Sends the bot's activities to a channel through the Bot Connector REST API
/// (POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}).
/// Activities of one conversation are delivered one after another, in the order they were queued,
/// across turns too. Each activity already carries serviceUrl, conversation, from, recipient and replyToId.
/// A delivery that finally fails (after retries) is logged with the conversation id.
/// </summary>
public interface IReplySender
{
    /// <summary>Queues the activities; returns once they are queued, before they are delivered.</summary>
    ValueTask EnqueueAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
