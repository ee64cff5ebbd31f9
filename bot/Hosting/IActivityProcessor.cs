using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// Runs one inbound activity (already authenticated) through the bot. With deliveryMode
/// "expectReplies" the replies come back in the result; otherwise they are sent to the
/// activity's serviceUrl through the connector. In-process channels (Direct Line, Twilio) call this.
/// </summary>
public interface IActivityProcessor
{
    Task<ProcessResult> ProcessAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>The HTTP answer for a processed activity.</summary>
/// <param name="StatusCode">200 normally, 501 for an unknown invoke, 503 when state is unavailable.</param>
/// <param name="Replies">The replies, for expectReplies delivery.</param>
/// <param name="InvokeBody">The body of an invoke response.</param>
public sealed record ProcessResult(int StatusCode, IReadOnlyList<Activity>? Replies = null, object? InvokeBody = null);
