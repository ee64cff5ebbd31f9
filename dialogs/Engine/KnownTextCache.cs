using System.Collections.Concurrent;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Remembers the result of a pure text function (normalising a button label, say) for texts the bot itself
/// uses over and over: button labels, values and other words. At most <see cref="KnownTextCache{T}.Capacity"/> texts are kept;
/// past that the rest are worked out each time, so odd input can never grow it without bound. Safe for many
/// turns at once.
/// </summary>
internal sealed class KnownTextCache(Func<string, string> work, int capacity = KnownTextCache.DefaultCapacity)
    : KnownTextCache<string>(work, capacity)
{
    public const int DefaultCapacity = 4096;
}

/// <summary>The same for a function of a text to any result (a name's words, say).</summary>
internal class KnownTextCache<T>(Func<string, T> work, int capacity = KnownTextCache.DefaultCapacity)
{
    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the map; the cache counts what it added instead.
    private int _added;

    public int Capacity { get; } = capacity;

    /// <summary>How many texts are kept now.</summary>
    public int Count => _known.Count;

    public T Get(string text)
    {
        if (_known.TryGetValue(text, out var result)) return result;
        result = work(text);
        if (Volatile.Read(ref _added) < Capacity && _known.TryAdd(text, result))
            Interlocked.Increment(ref _added);
        return result;
    }
}
