namespace CareerBot.Bot.State;

/// <summary>
/// Durable conversation state with ETag-based optimistic concurrency. Payloads are opaque JSON
/// text (the host serialises its own state record). Implemented on SQLite (embedded default) and Redis.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The stored payload and its ETag, or null when there is none (or it expired).</summary>
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the payload if the stored ETag still equals <paramref name="expectedETag"/>
    /// (null = the key must not exist yet, "*" = write whatever is there).
    /// Returns the new ETag, or null on a conflict (the caller re-reads and retries).
    /// </summary>
    Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Deletes the key at once ("forget me"). True when something was deleted.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>A stored payload with the ETag to pass back on the next write.</summary>
public sealed record StoredState(string Payload, string ETag);
