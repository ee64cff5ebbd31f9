using System.Collections.Concurrent;
using CareerBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>The activity logs in this process's memory (one instance); <see cref="Sweep"/> drops idle ones.</summary>
internal sealed class MemoryDirectLineLog(IOptions<DirectLineOptions> options, DirectLineSignals signals, TimeProvider time) : IDirectLineLog
{
    private readonly ConcurrentDictionary<string, Log> logs = new(StringComparer.Ordinal);
    private readonly DirectLineOptions settings = options.Value;

    public int Count => logs.Count;

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var log = Get(conversationId);
        lock (log)
        {
            if (log.Started) return Task.FromResult(false);
            log.Started = true;
            return Task.FromResult(true);
        }
    }

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var log = Get(conversationId);
        Activity added;
        lock (log)
        {
            log.Last++;
            added = activity with { Id = DirectLineIds.Activity(conversationId, log.Last) };
            log.Entries.Add((log.Last, added));
            if (log.Entries.Count > settings.MaxActivitiesKept) log.Entries.RemoveRange(0, log.Entries.Count - settings.MaxActivitiesKept);
        }
        signals.Notify(conversationId);
        return Task.FromResult(added);
    }

    public Task<LogSlice> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var log = Get(conversationId);
        lock (log)
        {
            if (watermark > log.Last)
            {
                log.Last = watermark;
                return Task.FromResult(new LogSlice([], watermark));
            }
            var start = log.Entries.Count;
            while (start > 0 && log.Entries[start - 1].Sequence > watermark) start--;
            var items = new Activity[log.Entries.Count - start];
            for (var i = start; i < log.Entries.Count; i++) items[i - start] = log.Entries[i].Activity;
            return Task.FromResult(new LogSlice(items, log.Last));
        }
    }

    /// <summary>Drops logs unused for DirectLine:IdleMinutes, except those <paramref name="inUse"/> says are in use; returns how many.</summary>
    public int Sweep(Func<string, bool> inUse)
    {
        var idle = TimeSpan.FromMinutes(settings.IdleMinutes);
        var removed = 0;
        foreach (var (id, log) in logs)
        {
            if (inUse(id) || time.GetElapsedTime(Interlocked.Read(ref log.LastUsed)) < idle) continue;
            if (logs.TryRemove(new KeyValuePair<string, Log>(id, log))) removed++;
        }
        return removed;
    }

    private Log Get(string conversationId)
    {
        var log = logs.GetOrAdd(conversationId, _ => new Log());
        Interlocked.Exchange(ref log.LastUsed, time.GetTimestamp());
        return log;
    }

    private sealed class Log
    {
        public readonly List<(long Sequence, Activity Activity)> Entries = [];
        public long Last;
        public long LastUsed;
        public bool Started;
    }
}
