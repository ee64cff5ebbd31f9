using System.Globalization;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// One conversation's activity log in memory: every activity gets the next sequence number, its id is
/// "&lt;conversationId&gt;|0000001" and the watermark a client holds is the last sequence it has seen.
/// Readers wait on <see cref="ActivitySlice.Changed"/>; turns of the conversation run one at a time.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object gate = new();
    private readonly List<(long Sequence, Activity Activity)> log = [];
    private readonly int maxKept;
    private long lastSequence;
    private long lastUsed;
    private TaskCompletionSource changed = NewSignal();
    private CancellationTokenSource? stream;

    public DirectLineConversation(string id, string? locale, int maxKept, long now, long startAfter = 0)
    {
        Id = id;
        Locale = locale;
        this.maxKept = maxKept;
        lastUsed = now;
        lastSequence = startAfter;
    }

    public string Id { get; }

    public string? Locale { get; }

    /// <summary>Turns (the user's post and the bot's replies) run one at a time, so replies follow their echo.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    /// <summary>Timestamp (TimeProvider ticks) of the last use.</summary>
    public long LastUsed => Interlocked.Read(ref lastUsed);

    public bool HasStream
    {
        get { lock (gate) return stream is not null; }
    }

    public void Touch(long now) => Interlocked.Exchange(ref lastUsed, now);

    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Appends an activity, stamped with the next id by <paramref name="stamp"/>; wakes every reader.</summary>
    public Activity Append(Func<string, Activity> stamp)
    {
        TaskCompletionSource wake;
        Activity added;
        lock (gate)
        {
            lastSequence++;
            added = stamp(ActivityId(Id, lastSequence));
            log.Add((lastSequence, added));
            if (log.Count > maxKept) log.RemoveRange(0, log.Count - maxKept);
            wake = changed;
            changed = NewSignal();
        }
        wake.TrySetResult();
        return added;
    }

    /// <summary>Activities after <paramref name="watermark"/>, the new watermark, and a task that completes at the next append.</summary>
    public ActivitySlice Read(long watermark)
    {
        lock (gate)
        {
            // A client that knows a later watermark than this log (the log left memory, or this
            // instance restarted): number on from there, so the client sees what comes next.
            if (watermark > lastSequence)
            {
                lastSequence = watermark;
                return new ActivitySlice([], watermark, changed.Task);
            }
            var start = log.Count;
            while (start > 0 && log[start - 1].Sequence > watermark) start--;
            var items = new Activity[log.Count - start];
            for (var i = start; i < log.Count; i++) items[i - start] = log[i].Activity;
            return new ActivitySlice(items, lastSequence, changed.Task);
        }
    }

    /// <summary>
    /// Makes <paramref name="cancel"/> this conversation's one stream; an earlier stream is cancelled
    /// (Direct Line allows one WebSocket per conversation).
    /// </summary>
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What a read returns: the activities, the watermark after them, and a signal for the next append.</summary>
internal sealed record ActivitySlice(IReadOnlyList<Activity> Activities, long Watermark, Task Changed);
