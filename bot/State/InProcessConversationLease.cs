namespace CareerBot.Bot.State;

/// <summary>
/// A keyed async lock for one process: turns of one conversation run one at a time, in the order
/// they asked (FIFO). An entry exists only while a key is held or awaited, so keys never pile up.
/// </summary>
public sealed class InProcessConversationLease : IConversationLease
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>How many keys are held or awaited right now (for tests and metrics).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (entries)
                return entries.Count;
        }
    }

    public Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource<IAsyncDisposable>> node;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out Entry? entry))
            {
                entries.Add(key, new Entry());
                return Task.FromResult<IAsyncDisposable>(new Holder(this, key));
            }
            node = entry.Waiters.AddLast(new TaskCompletionSource<IAsyncDisposable>(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        if (cancellationToken.CanBeCanceled)
        {
            CancellationTokenRegistration registration = cancellationToken.Register(() => Abandon(key, node, cancellationToken));
            _ = node.Value.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return node.Value.Task;
    }

    private void Abandon(string key, LinkedListNode<TaskCompletionSource<IAsyncDisposable>> node, CancellationToken cancellationToken)
    {
        lock (entries)
        {
            // Already handed the lease: the caller owns it and must dispose it.
            if (node.Value.Task.IsCompleted || !entries.TryGetValue(key, out Entry? entry) || node.List != entry.Waiters)
                return;
            entry.Waiters.Remove(node);
        }
        node.Value.TrySetCanceled(cancellationToken);
    }

    private void Release(string key)
    {
        TaskCompletionSource<IAsyncDisposable> next;
        lock (entries)
        {
            Entry entry = entries[key];
            if (entry.Waiters.First is not { } first)
            {
                entries.Remove(key);
                return;
            }
            entry.Waiters.RemoveFirst();
            next = first.Value;
            // Completed under the lock so a cancellation racing with the hand-over sees it as done.
            next.SetResult(new Holder(this, key));
        }
    }

    private sealed class Entry
    {
        public LinkedList<TaskCompletionSource<IAsyncDisposable>> Waiters { get; } = new();
    }

    private sealed class Holder(InProcessConversationLease owner, string key) : IAsyncDisposable
    {
        private int disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                owner.Release(key);
            return ValueTask.CompletedTask;
        }
    }
}
