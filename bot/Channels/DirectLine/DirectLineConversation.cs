namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// What this instance holds for one conversation besides its log: the turn gate (this instance runs
/// its turns of the conversation one at a time, so replies follow their echo) and the one open
/// WebSocket (Direct Line allows one per conversation).
/// </summary>
internal sealed class DirectLineConversation(string id, long now)
{
    private readonly object gate = new();
    private long lastUsed = now;
    private CancellationTokenSource? stream;

    public string Id { get; } = id;

    public SemaphoreSlim Turns { get; } = new(1, 1);

    /// <summary>Timestamp (TimeProvider) of the last use.</summary>
    public long LastUsed => Interlocked.Read(ref lastUsed);

    public bool InUse
    {
        get
        {
            lock (gate) return stream is not null || Turns.CurrentCount == 0;
        }
    }

    public void Touch(long now) => Interlocked.Exchange(ref lastUsed, now);

    /// <summary>Makes <paramref name="cancel"/> the conversation's stream here; returns the one it replaces.</summary>
    public CancellationTokenSource? AttachStream(CancellationTokenSource cancel)
    {
        lock (gate)
        {
            var previous = stream;
            stream = cancel;
            return previous;
        }
    }

    /// <summary>Ends <paramref name="cancel"/>'s hold; false when a newer stream had taken over.</summary>
    public bool DetachStream(CancellationTokenSource cancel)
    {
        lock (gate)
        {
            if (!ReferenceEquals(stream, cancel)) return false;
            stream = null;
            return true;
        }
    }
}
