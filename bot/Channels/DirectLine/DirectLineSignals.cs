using System.Collections.Concurrent;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Wakes this instance's WebSockets when their conversation's log grows. <see cref="Next"/> is taken
/// before a read, so an append after the read always wakes the reader. With Redis, appends on other
/// instances arrive through a pub/sub channel (<see cref="RedisDirectLineLog"/>); if a notice is lost,
/// the stream still reads again at its next keep-alive.
/// </summary>
internal sealed class DirectLineSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next append to the conversation.</summary>
    public Task Next(string conversationId) =>
        waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(string conversationId)
    {
        if (waiting.TryRemove(conversationId, out var signal)) signal.TrySetResult();
    }

    /// <summary>Wakes and forgets every waiter of conversations no longer held here (they read again).</summary>
    public void Forget(Func<string, bool> held)
    {
        foreach (var id in waiting.Keys)
        {
            if (!held(id)) Notify(id);
        }
    }
}
