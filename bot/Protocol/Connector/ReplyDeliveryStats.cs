using System.Diagnostics.Metrics;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// Counts of replies sent through the connector, for operations pages and tests. The same counts are
/// published on the meter "CareerBot.Connector" (careerbot.replies.sent / .failed / .retried).
/// </summary>
public sealed class ReplyDeliveryStats
{
    public const string MeterName = "CareerBot.Connector";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> SentCounter = Meter.CreateCounter<long>("careerbot.replies.sent");
    private static readonly Counter<long> FailedCounter = Meter.CreateCounter<long>("careerbot.replies.failed");
    private static readonly Counter<long> RetriedCounter = Meter.CreateCounter<long>("careerbot.replies.retried");

    private long sent;
    private long failed;
    private long retried;
    private long pending;

    /// <summary>Activities the channel accepted.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Activities given up on (after retries, or refused by the channel); each was logged.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Retried HTTP attempts.</summary>
    public long Retried => Interlocked.Read(ref retried);

    /// <summary>Activities queued and not yet finished.</summary>
    public long Pending => Interlocked.Read(ref pending);

    internal void OnQueued() => Interlocked.Increment(ref pending);

    internal void OnSent()
    {
        Interlocked.Increment(ref sent);
        Interlocked.Decrement(ref pending);
        SentCounter.Add(1);
    }

    internal void OnFailed()
    {
        Interlocked.Increment(ref failed);
        Interlocked.Decrement(ref pending);
        FailedCounter.Add(1);
    }

    internal void OnRetry()
    {
        Interlocked.Increment(ref retried);
        RetriedCounter.Add(1);
    }
}
