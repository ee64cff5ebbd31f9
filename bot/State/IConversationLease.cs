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

    /// <summary>
    /// Writes the conversation's state exactly as <see cref="IConversationStateStore.WriteAsync"/> would (same
    /// compare-and-set on <paramref name="expectedETag"/>, same answer: the new ETag, or null on a conflict) and, when it
    /// wrote, lets go of the shared lease in the same step (with Redis, one script instead of a write and a release).
    /// Other instances may take the conversation from then on; this process's next turn of it still waits until the
    /// lease is disposed. On a conflict nothing is released.
    /// </summary>
    Task<string?> WriteAndReleaseAsync(string payload, string? expectedETag, CancellationToken cancellationToken);
}
