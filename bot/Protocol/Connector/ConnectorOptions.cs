using System.ComponentModel.DataAnnotations;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// How replies are sent to a channel's serviceUrl (section "Connector"). The defaults suit production;
/// tests shorten the delays.
/// </summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Longest wait for one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt (429, 408, 412, 5xx, network errors, timeouts).</summary>
    [Range(0, 10)] public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; it doubles each time, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on any one retry delay, including a channel's Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed calls to one serviceUrl host, within the sampling time, that opens its breaker.</summary>
    [Range(0.01, 1.0)] public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling time before the breaker may open.</summary>
    [Range(2, int.MaxValue)] public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker fails calls at once before it lets one through to test the host.</summary>
    public TimeSpan BreakerDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Activities queued and not yet sent, over all conversations; EnqueueAsync waits beyond this.</summary>
    [Range(1, int.MaxValue)] public int MaxPendingActivities { get; set; } = 10_000;

    /// <summary>On shutdown, how long to keep delivering what is queued.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
