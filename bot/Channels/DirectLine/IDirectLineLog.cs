using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Where conversations' activities are kept: in this process (one instance), or in Redis when
/// Storage:Kind is redis, so every instance behind the same address serves every conversation (a
/// WebSocket on one instance sees what was posted to another). Each activity gets the next sequence
/// number of its conversation; its id is "&lt;conversationId&gt;|0000001" and a client's watermark is
/// the last number it has seen. A log unused for DirectLine:IdleMinutes is dropped.
/// </summary>
internal interface IDirectLineLog
{
    /// <summary>Marks the conversation started; false when it had been started already (on any instance).</summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="activity"/> with the next id, and returns it with that id.</summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// The activities after <paramref name="watermark"/> and the watermark after them. A watermark beyond
    /// the log (the log was dropped, or the instance restarted) moves the numbering on from there, so
    /// the client sees what comes next.
    /// </summary>
    Task<LogSlice> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);
}

/// <summary>A read of a conversation's log.</summary>
internal sealed record LogSlice(IReadOnlyList<Activity> Activities, long Watermark);
