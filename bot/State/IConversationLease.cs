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
