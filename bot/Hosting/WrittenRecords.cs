using CareerBot.Bot.State;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// The record this instance last wrote for each conversation, with the ETag the store gave that write, so the next
/// turn need not parse the same JSON back.
/// <list type="bullet">
/// <item>A turn reads the stored state, since another instance may have written since. Only when the stored
/// ETag is the one written here is the record taken from memory. Every write gets a new ETag, so that ETag means
/// that very record.</item>
/// <item>When a conversation's turns keep coming to this instance (a turn found this instance's write), the next turn
/// starts from memory without reading (<see cref="Known"/>); its compare-and-set on the ETag catches a write by
/// another instance, and then the turn runs again on the stored state; the conversation is not trusted again, and no
/// conversation is for a minute (<see cref="TrustPause"/>).</item>
/// <item>One record serves turn after turn: records are immutable, and the dialogs copy their state before a turn
/// changes it.</item>
/// <item>Bounded in count and time: at most <see cref="DefaultCapacity"/> conversations (beyond that, new ones are
/// not kept until the cache has made room), each for <see cref="DefaultKeepFor"/> after its last write. "Forget me"
/// and a closed conversation remove theirs at once; the stored state stays the only copy that lasts.</item>
/// </list>
/// </summary>
internal sealed class WrittenRecords : IDisposable
{
    public const int DefaultCapacity = 4096;

    public static readonly TimeSpan DefaultKeepFor = TimeSpan.FromMinutes(10);

    /// <summary>How long no conversation is taken on trust after a write on trust met a conflict.</summary>
    public static readonly TimeSpan TrustPause = TimeSpan.FromMinutes(1);

    private readonly MemoryCache cache;
    private readonly TimeSpan keepFor;
    private readonly TimeProvider time;
    private long trustPausedUntil = long.MinValue;

    public WrittenRecords(TimeProvider time) : this(time, DefaultCapacity, DefaultKeepFor)
    {
    }

    internal WrittenRecords(TimeProvider time, int capacity, TimeSpan keepFor)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keepFor, TimeSpan.Zero);
        this.keepFor = keepFor;
        this.time = time;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, Clock = new Clock(time) });
    }

    /// <summary>Conversations whose record is held now.</summary>
    internal int Count => cache.Count;

    /// <summary>The stored record: from memory when this instance wrote it last, else parsed (null when it does not read).</summary>
    /// <param name="fromMemory">True when the stored ETag was this instance's last write (the record came from memory).</param>
    public ConversationRecord? Read(string key, StoredState? stored, out bool fromMemory)
    {
        fromMemory = false;
        if (stored is null)
            return null;
        if (cache.TryGetValue(key, out Entry? entry) && string.Equals(entry!.ETag, stored.ETag, StringComparison.Ordinal))
        {
            fromMemory = true;
            return entry.Record;
        }
        return ConversationRecord.Parse(stored.Payload);
    }

    /// <summary>
    /// The record this instance wrote last, when it may start the next turn without reading the store: the turn that
    /// wrote it had found this instance's own write before it (so the conversation's turns have been coming here), and
    /// no write on trust of this conversation has failed here. The turn's write still checks the ETag, so a wrong
    /// guess costs a run of the turn, never an answer.
    /// </summary>
    public (string ETag, ConversationRecord Record)? Known(string key) =>
        time.GetUtcNow().UtcTicks >= Volatile.Read(ref trustPausedUntil) && cache.TryGetValue(key, out Entry? entry) && entry!.Trusted
            ? (entry.ETag, entry.Record)
            : null;

    /// <summary>The store took <paramref name="record"/> under <paramref name="etag"/>.</summary>
    /// <param name="fromMemory">The turn started from this instance's last write (read back, or <see cref="Known"/>).</param>
    /// <param name="trustFailed">The turn first ran on <see cref="Known"/> and that write met a conflict: this
    /// conversation is not taken on trust again while it is held here (another instance serves it too), and no
    /// conversation is for <see cref="TrustPause"/> (behind a load balancer that spreads each conversation's turns over
    /// the instances, trust would mostly cost a wasted run; with affinity, or on one instance, conflicts are rare).</param>
    public void Written(string key, string etag, ConversationRecord record, bool fromMemory, bool trustFailed)
    {
        if (trustFailed)
            Volatile.Write(ref trustPausedUntil, (time.GetUtcNow() + TrustPause).UtcTicks);
        bool doubted = trustFailed || (cache.TryGetValue(key, out Entry? before) && before!.Doubted);
        using ICacheEntry entry = cache.CreateEntry(key);
        entry.Value = new Entry(etag, record, Trusted: fromMemory && !doubted, Doubted: doubted);
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = keepFor;
    }

    /// <summary>The conversation's state was deleted.</summary>
    public void Forget(string key) => cache.Remove(key);

    public void Dispose() => cache.Dispose();

    private sealed record Entry(string ETag, ConversationRecord Record, bool Trusted, bool Doubted);

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
