namespace CareerBot.Bot.State;

/// <summary>Timing of <see cref="RedisConversationLease"/>. The defaults suit turns of well under a second.</summary>
public sealed record RedisConversationLeaseOptions
{
    /// <summary>TTL of a lease; renewed every third of it while the turn runs. A dead holder blocks at most this long.</summary>
    public TimeSpan LeaseTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Renewal stops after this, so a turn stuck for ever cannot hold a conversation for ever.</summary>
    public TimeSpan MaxHold { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A waiter gives up (StateUnavailableException, so 503 and the channel retries) after this.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A queued waiter that has not polled for this long is taken as dead and dropped.</summary>
    public TimeSpan WaiterTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan FirstPoll { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxPoll { get; init; } = TimeSpan.FromMilliseconds(100);

    public string Prefix { get; init; } = RedisConversationLease.DefaultPrefix;
}
