using System.Collections.Concurrent;

namespace CareerBot.Bot.Insights;

/// <summary>
/// Conversations whose resident said "forget me" a moment ago. The pipeline may report that turn to the
/// observers just after (or just before) it asks them to forget; for a short while such late turns are
/// not written back, so the "forget me" message itself leaves no trace.
/// </summary>
internal sealed class RecentlyForgotten(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<(string Channel, string Conversation), DateTimeOffset> forgotten = new();

    public void Add(string channelId, string conversationId)
    {
        DateTimeOffset now = clock.GetUtcNow();
        foreach (var entry in forgotten.Where(e => now - e.Value > Window))
            forgotten.TryRemove(entry);
        forgotten[(channelId, conversationId)] = now;
    }

    public bool Contains(string channelId, string conversationId) =>
        forgotten.TryGetValue((channelId, conversationId), out DateTimeOffset at) && clock.GetUtcNow() - at <= Window;
}
