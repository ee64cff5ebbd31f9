namespace CareerBot.SearchIndex.Index;

/// <summary>
/// Holds the index in use and swaps in a new one atomically. Queries already running finish on the
/// old index; it closes when they are done.
/// </summary>
public sealed class CatalogueIndexHolder : IDisposable
{
    private CatalogueIndex? _current;

    public CatalogueIndexHolder(CatalogueIndex? initial = null) => _current = initial;

    /// <summary>The index in use, or null before the first load.</summary>
    public CatalogueIndex? Current => Volatile.Read(ref _current);

    /// <summary>Raised after a swap, with the new index.</summary>
    public event Action<CatalogueIndex>? Swapped;

    /// <summary>Puts <paramref name="next"/> in use and retires the old index.</summary>
    public void Swap(CatalogueIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var old = Interlocked.Exchange(ref _current, next);
        if (!ReferenceEquals(old, next)) old?.Retire();
        Swapped?.Invoke(next);
    }

    /// <summary>The current index, entered for one query; null when none is loaded. Call <see cref="CatalogueIndex.Exit"/> after.</summary>
    internal CatalogueIndex? Enter()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var index = Current;
            if (index is null) return null;
            if (index.TryEnter()) return index;
            // Retired between the read and the enter: a newer one is already in place.
        }
        return null;
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();
}
