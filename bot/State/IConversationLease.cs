namespace CareerBot.Bot.State;

/// <summary>
/// Makes the turns of one conversation run one at a time, in arrival order. In one process a
/// keyed async lock is enough; with several instances the Redis implementation takes a lease.
/// </summary>
public interface IConversationLease
{
    /// <summary>Waits for the conversation's turn; dispose the result to let the next turn run.</summary>
    Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="AcquireAsync"/>, for a caller that may already hold the conversation's latest state (this instance
    /// wrote it last). <paramref name="known"/> is asked once, when this process's turn of the conversation has come;
    /// when it answers true, a lease shared between instances may be skipped (see <see cref="ILeaseWithState"/>: its
    /// write then succeeds only while no other instance holds the conversation or waits for it, and its first
    /// <see cref="ILeaseWithState.ReadAgainAsync"/> takes the shared lease). A lease with nothing shared to skip just asks.
    /// </summary>
    async Task<IAsyncDisposable> AcquireKnownAsync(string key, Func<bool> known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        IAsyncDisposable held = await AcquireAsync(key, cancellationToken);
        known();
        return held;
    }
}

/// <summary>
/// A held lease that read the conversation's state in the same step as it was taken (with Redis, one script
/// instead of a lease call and a read), and writes it. The turn uses <see cref="State"/> as its first read, unless it
/// already held the state (<see cref="IConversationLease.AcquireKnownAsync"/>); later reads go through
/// <see cref="ReadAgainAsync"/>.
/// </summary>
public interface ILeaseWithState
{
    /// <summary>The state when the lease was taken, or null when there was none (or it was not read).</summary>
    StoredState? State { get; }

    /// <summary>
    /// The stored state now, for a turn that runs again after a conflict. A lease taken without its shared part
    /// (<see cref="IConversationLease.AcquireKnownAsync"/>) takes it first, so the run that follows a failed write on
    /// trust waits its turn among the instances like any other.
    /// </summary>
    Task<StoredState?> ReadAgainAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the conversation's state exactly as <see cref="IConversationStateStore.WriteAsync"/> would (same
    /// compare-and-set on <paramref name="expectedETag"/>, same answer: the new ETag, or null on a conflict) and, when it
    /// wrote, lets go of the shared lease in the same step (with Redis, one script instead of a write and a release).
    /// Other instances may take the conversation from then on; this process's next turn of it still waits until the
    /// lease is disposed. On a conflict nothing is released. Without the shared lease (taken on trust), the write also
    /// counts as a conflict while another instance holds the conversation or waits for it.
    /// </summary>
    Task<string?> WriteAndReleaseAsync(string payload, string? expectedETag, CancellationToken cancellationToken);
}
