using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The conversations this instance is serving, and their logs. <see cref="Sweep"/> lets conversations
/// idle for DirectLine:IdleMinutes leave memory (a Redis log expires by itself); their dialog state
/// stays in the conversation store, so a client with a valid token carries on.
/// </summary>
internal sealed class DirectLineConversations(IDirectLineLog log, DirectLineSignals signals, IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> held = new(StringComparer.Ordinal);
    private readonly TimeSpan idle = TimeSpan.FromMinutes(options.Value.IdleMinutes);

    public IDirectLineLog Log => log;

    public DirectLineSignals Signals => signals;

    /// <summary>How many conversations this instance holds.</summary>
    public int Count => held.Count;

    public DirectLineConversation Get(string id)
    {
        var conversation = held.GetOrAdd(id, key => new DirectLineConversation(key, time.GetTimestamp()));
        conversation.Touch(time.GetTimestamp());
        return conversation;
    }

    /// <summary>Drops conversations idle longer than the limit and not in use; returns how many left memory.</summary>
    public int Sweep()
    {
        var removed = 0;
        foreach (var (id, conversation) in held)
        {
            if (conversation.InUse || time.GetElapsedTime(conversation.LastUsed) < idle) continue;
            if (held.TryRemove(new KeyValuePair<string, DirectLineConversation>(id, conversation))) removed++;
        }
        if (log is MemoryDirectLineLog memory) memory.Sweep(held.ContainsKey);
        signals.Forget(held.ContainsKey);
        return removed;
    }
}
