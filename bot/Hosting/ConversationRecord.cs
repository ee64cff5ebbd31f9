using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// What the pipeline stores per conversation (as JSON in the state store): the dialogs' snapshot,
/// the ids of recently applied activities (so a retried activity is never applied twice), and a
/// few counters. The dialogs' snapshot stays opaque: it writes itself into the record's JSON as a
/// nested object and reads itself back from it, in the same pass as the record.
/// </summary>
internal sealed record ConversationRecord
{
    /// <summary>
    /// 2: <see cref="Dialog"/> is a nested JSON object. 1 (still read): it was the snapshot's JSON as a
    /// string (the snapshot's converter reads either form).
    /// </summary>
    public const int CurrentVersion = 2;

    /// <summary>
    /// How many activity ids are remembered for de-duplication. A channel retries an activity within seconds or
    /// minutes, not after the resident has sent 16 more; each id is about 40 characters of every stored record (64,
    /// until December 2026, made long conversations' records about 2.5 KB longer). Older records' extra ids go at
    /// their next turn.
    /// </summary>
    public const int RecentIdLimit = 16;

    /// <summary>
    /// For reading (by reflection). Writing uses <see cref="ConversationRecordJsonContext"/>'s generated code with the
    /// same settings, which writes the same JSON. Reading stays here: a generated reader gives an init-only property
    /// missing from the JSON its type's default rather than its initialiser's value (<see cref="Recent"/>: null, not []).
    /// </summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The snapshot is read with the record's reader: the dialogs' own depth limit, one level down.
        MaxDepth = DialogStateSerializer.MaxDepth + 1,
    };

    public int Version { get; init; } = CurrentVersion;

    /// <summary>The dialogs' snapshot (opaque).</summary>
    public DialogSnapshot? Dialog { get; init; }

    /// <summary>Ids of the latest applied activities, oldest first.</summary>
    public IReadOnlyList<string> Recent { get; init; } = [];

    public int Turns { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    /// <summary>
    /// The user who was welcomed by the last turn, while nothing else has happened since: a second
    /// join for them (Direct Line sends one per member, some channels repeat) adds no second welcome.
    /// </summary>
    public string? WelcomeShownTo { get; init; }

    public bool HasApplied(string? activityId) =>
        !string.IsNullOrEmpty(activityId) && Recent.Contains(activityId, StringComparer.Ordinal);

    /// <summary>The record after a turn that produced <paramref name="dialog"/>; written as <see cref="CurrentVersion"/>.</summary>
    public ConversationRecord After(DialogSnapshot dialog, string? activityId, DateTimeOffset now, string? welcomed)
    {
        var recent = Recent;
        if (!string.IsNullOrEmpty(activityId))
            recent = [.. Recent.Skip(Math.Max(0, Recent.Count + 1 - RecentIdLimit)), activityId];
        return this with
        {
            Version = CurrentVersion, Dialog = dialog, Recent = recent, Turns = Turns + 1, LastSeen = now, WelcomeShownTo = welcomed,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, ConversationRecordJsonContext.Default.ConversationRecord);

    /// <summary>The record, or null when the payload is missing, unreadable or from an unknown version.</summary>
    public static ConversationRecord? Parse(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload)) return null;
        try
        {
            var record = JsonSerializer.Deserialize<ConversationRecord>(payload, Json);
            return record is { Version: 1 or CurrentVersion } ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
