namespace CareerBot.Bot.State;

/// <summary>
/// Makes the turns of one conversation run one at a time, in arrival order. In one process a
/// keyed async lock is enough; with several instances the Redis implementation takes a lease.
/// </summary>
public interface IConversationLease
{
    /// <summary>Waits for the conversation's turn; dispose the result to let the next turn run.</summary>
    Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// A held lease that read the conversation's state in the same step as it was taken (with Redis, one script
/// instead of a lease call and a read). The turn uses it as its first read; any later read goes to the store.
/// </summary>
public interface ILeaseWithState
{
    /// <summary>The state when the lease was taken, or null when there was none.</summary>
    StoredState? State { get; }
}
