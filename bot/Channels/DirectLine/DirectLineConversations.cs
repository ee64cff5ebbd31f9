using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The conversations this instance holds in memory. A conversation idle for
/// <see cref="DirectLineOptions.IdleMinutes"/> leaves memory (<see cref="Sweep"/>); its dialog state stays
/// in the conversation store, so a client with a valid token carries on in a fresh log.
/// </summary>
internal sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions settings = options.Value;

    public int Count => conversations.Count;

    /// <summary>A new conversation id: 22 URL-safe random characters.</summary>
    public static string NewId() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public DirectLineConversation? Find(string id)
    {
        if (!conversations.TryGetValue(id, out var conversation)) return null;
        conversation.Touch(time.GetTimestamp());
        return conversation;
    }

    /// <summary>Adds a conversation; false (and the existing one) when it is already held.</summary>
    public bool TryAdd(string id, string? locale, out DirectLineConversation conversation)
    {
        var fresh = new DirectLineConversation(id, locale, settings.MaxActivitiesKept, time.GetTimestamp());
        conversation = conversations.GetOrAdd(id, fresh);
        if (!ReferenceEquals(conversation, fresh))
        {
            conversation.Touch(time.GetTimestamp());
            return false;
        }
        return true;
    }

    /// <summary>The conversation, or a fresh log for it numbered on from <paramref name="watermark"/> (a client of a log that left memory).</summary>
    public DirectLineConversation Resume(string id, long watermark)
    {
        var conversation = conversations.GetOrAdd(id,
            key => new DirectLineConversation(key, null, settings.MaxActivitiesKept, time.GetTimestamp(), watermark));
        conversation.Touch(time.GetTimestamp());
        return conversation;
    }

    /// <summary>Drops conversations idle longer than the limit and without an open WebSocket; returns how many.</summary>
    public int Sweep()
    {
        var idle = TimeSpan.FromMinutes(settings.IdleMinutes);
        var removed = 0;
        foreach (var (id, conversation) in conversations)
        {
            if (conversation.HasStream || time.GetElapsedTime(conversation.LastUsed) < idle) continue;
            if (conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(id, conversation))) removed++;
        }
        return removed;
    }
}
